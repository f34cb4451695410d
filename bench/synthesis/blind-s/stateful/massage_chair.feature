Feature: Massage chair in the shopping centre
  A 1.00 coin buys 5 minutes and a 2.00 coin buys 12 minutes, with at most 30 minutes on the
  clock. The clock only runs while someone is sitting in the chair; standing up stops it and
  keeps the time that is left.

  Scenario: paying and sitting down
    Given the chair has 0 minutes on the clock
    When a 1.00 coin is inserted
    And a 2.00 coin is inserted
    Then the time left is 17 minutes
    When someone sits down
    And 5 minutes pass
    Then the time left is 12 minutes

  Scenario: standing up keeps the time
    Given the chair has 10 minutes on the clock
    When someone sits down
    And 4 minutes pass
    And the sitter stands up
    And 6 minutes pass
    Then the time left is 6 minutes
    When someone sits down
    And 8 minutes pass
    Then the time left is 0 minutes

  Scenario: no time and too much time
    Given the chair has 0 minutes on the clock
    When someone sits down
    Then the chair says "insert a coin first"
    When a 2.00 coin is inserted
    And a 2.00 coin is inserted
    And a 2.00 coin is inserted
    Then the chair says "coin returned, the clock would pass 30 minutes"
    When a 1.00 coin is inserted
    Then the time left is 29 minutes

  Scenario: a full clock
    Given the chair has 25 minutes on the clock
    When a 1.00 coin is inserted
    Then the time left is 30 minutes
    When a 1.00 coin is inserted
    Then the chair says "coin returned, the clock would pass 30 minutes"
    When someone sits down
    And 12 minutes pass
    Then the time left is 18 minutes
