Feature: Spy club cipher wheel
  Each letter moves along the alphabet by the shift, going round from Z back to A.

  Scenario Outline: coding a word
    Given the word "<word>"
    And a shift of <shift>
    When the word is coded
    Then the coded word is "<coded>"

    Examples:
      | word  | shift | coded |
      | ABC   | 1     | BCD   |
      | XYZ   | 3     | ABC   |
      | HELLO | 0     | HELLO |
      | ZOO   | 1     | APP   |
      | CAT   | 25    | BZS   |
      | MOON  | 13    | ZBBA  |
      | KEY   | 26    | KEY   |
      | DOG   | 2     | FQI   |
      | ROBOT | 5     | WTGTY |
