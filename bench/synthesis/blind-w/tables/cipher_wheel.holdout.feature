Feature: Spy club cipher wheel
  Each letter moves along the alphabet by the shift, going round from Z back to A.

  Scenario Outline: coding a word
    Given the word "<word>"
    And a shift of <shift>
    When the word is coded
    Then the coded word is "<coded>"

    Examples:
      | word  | shift | coded |
      | SPY   | 4     | WTC   |
      | ZEBRA | 1     | AFCSB |
      | QUIZ  | 10    | AESJ  |
      | CODE  | 20    | WIXY  |
      | MAP   | 7     | THW   |
      | YAK   | 2     | ACM   |
