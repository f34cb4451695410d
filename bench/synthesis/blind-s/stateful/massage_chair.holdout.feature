Feature: Massage chair in the shopping centre
  A 1.00 coin buys 5 minutes and a 2.00 coin buys 12 minutes, with at most 30 minutes on the
  clock. The clock only runs while someone is sitting in the chair; standing up stops it and
  keeps the time that is left.

  Scenario: two big coins and a break
    Given the chair has 0 minutes on the clock
    When a 2.00 coin is inserted
    And a 2.00 coin is inserted
    Then the time left is 24 minutes
    When someone sits down
    And 10 minutes pass
    And the sitter stands up
    Then the time left is 14 minutes
    When a 1.00 coin is inserted
    Then the time left is 19 minutes

  Scenario: sitting the whole time out
    Given the chair has 20 minutes on the clock
    When a 2.00 coin is inserted
    Then the chair says "coin returned, the clock would pass 30 minutes"
    When a 1.00 coin is inserted
    And someone sits down
    And 30 minutes pass
    Then the time left is 0 minutes

  Scenario: getting up twice
    Given the chair has 8 minutes on the clock
    When someone sits down
    And 3 minutes pass
    And the sitter stands up
    And someone sits down
    And 2 minutes pass
    Then the time left is 3 minutes
    When the sitter stands up
    And a 2.00 coin is inserted
    Then the time left is 15 minutes
