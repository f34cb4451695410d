Feature: Wall fixing colour
  Brick and concrete walls take a plug sized to the screw: "yellow" for screws up to 3.5 mm,
  "red" up to 4.5 mm, "brown" up to 5.5 mm and "blue" for anything thicker. Plasterboard
  always needs a "cavity" fixing instead.

  Scenario Outline: choosing a fixing
    Given a <screw> mm screw going into "<wall>"
    When the right fixing is picked
    Then the fixing is "<fixing>"

    Examples:
      | screw | wall         | fixing |
      | 3.0   | brick        | yellow |
      | 3.5   | concrete     | yellow |
      | 4.0   | brick        | red    |
      | 4.5   | brick        | red    |
      | 5.0   | concrete     | brown  |
      | 5.5   | brick        | brown  |
      | 6.0   | concrete     | blue   |
      | 4.0   | plasterboard | cavity |
      | 8.0   | plasterboard | cavity |
