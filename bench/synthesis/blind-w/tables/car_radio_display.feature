Feature: Car radio display

  Scenario Outline: showing the station name
    Given the station is called "<station>"
    When the radio tunes in
    Then the display shows "<display>"

    Examples:
      | station        | display  |
      | Jazz FM        | JAZZFM-- |
      | Capital        | CAPITAL- |
      | Radio One      | RADIOONE |
      | Heart 106      | HEART106 |
      | Classic Hits   | CLASSICH |
      | Heart          | HEART--- |
      | BBC Radio Four | BBCRADIO |
      | Kiss           | KISS---- |
      | Smooth Chill   | SMOOTHCH |
