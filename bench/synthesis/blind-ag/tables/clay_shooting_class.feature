Feature: Clay shooting classification
  A shooter's class comes from the share of targets hit: 95 percent or more is AA,
  88 percent or more is A, 80 percent or more is B, and anything lower is C.

  Scenario Outline: classifying a shooter from a round
    Given a shooter who hit <hit> of <shot> targets
    When the shooter is classified
    Then the class is "<class>"

    Examples:
      | hit | shot | class |
      | 95  | 100  | AA    |
      | 94  | 100  | A     |
      | 88  | 100  | A     |
      | 87  | 100  | B     |
      | 80  | 100  | B     |
      | 79  | 100  | C     |
      | 50  | 50   | AA    |
      | 44  | 50   | A     |
      | 39  | 50   | C     |
