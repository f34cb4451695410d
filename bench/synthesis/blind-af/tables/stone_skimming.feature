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
      | 5         | 12         | 3         | 20         | Kit wins |
      | 3         | 20         | 5         | 12         | Lou wins |
      | 4         | 15         | 4         | 18         | Lou wins |
      | 4         | 18         | 4         | 15         | Kit wins |
      | 6         | 22         | 6         | 22         | tie      |
      | 2         | 8          | 9         | 30         | Lou wins |
      | 7         | 10         | 6         | 25         | Kit wins |
      | 3         | 9          | 3         | 9          | tie      |
      | 10        | 31         | 10        | 30         | Kit wins |
