Feature: Clay shooting classification
  A shooter's class comes from the share of targets hit: 95 percent or more is AA,
  88 percent or more is A, 80 percent or more is B, and anything lower is C.

  Scenario Outline: classifying a shooter from a round
    Given a shooter who hit <hit> of <shot> targets
    When the shooter is classified
    Then the class is "<class>"

    Examples:
      | hit | shot | class |
      | 190 | 200  | AA    |
      | 176 | 200  | A     |
      | 175 | 200  | B     |
      | 120 | 150  | B     |
      | 119 | 150  | C     |
      | 24  | 25   | AA    |
