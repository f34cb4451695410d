Feature: Stone skimming contest
  The stone with more skips wins. With equal skips the stone that went further wins,
  and with equal skips and distance it is a tie.

  Scenario Outline: the result of two throws
    Given Kit's stone made <kit_skips> skips and reached <kit_metres> metres
    And Lou's stone made <lou_skips> skips and reached <lou_metres> metres
    When the throws are compared
    Then the result is "<result>"

    Examples:
      | kit_skips | kit_metres | lou_skips | lou_metres | result   |
      | 8         | 25         | 8         | 26         | Lou wins |
      | 5         | 14         | 2         | 6          | Kit wins |
      | 4         | 11         | 4         | 11         | tie      |
      | 3         | 30         | 4         | 10         | Lou wins |
      | 9         | 20         | 9         | 19         | Kit wins |
      | 2         | 5          | 3         | 7          | Lou wins |
