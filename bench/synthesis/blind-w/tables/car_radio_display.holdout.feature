Feature: Car radio display

  Scenario Outline: showing the station name
    Given the station is called "<station>"
    When the radio tunes in
    Then the display shows "<display>"

    Examples:
      | station       | display  |
      | Radio X       | RADIOX-- |
      | Times Radio   | TIMESRAD |
      | Lbc           | LBC----- |
      | Greatest Hits | GREATEST |
      | Scala Radio   | SCALARAD |
      | Talk Sport    | TALKSPOR |
