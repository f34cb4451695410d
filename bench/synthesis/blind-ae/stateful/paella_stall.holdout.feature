Feature: Paella stall
  A pan makes 40 portions. A new pan goes on only once the last one is empty, and nothing is
  sold after the stall closes.

  Scenario: two pans
    Given a pan with 0 portions left
    When a new pan is cooked
    And 40 portions are sold
    And a new pan is cooked
    And 12 portions are sold
    Then the portions left are 28
    And the pans cooked are 2

  Scenario: a late order
    Given a pan with 18 portions left
    When 20 portions are sold
    Then the cook says "only 18 portions are left"
    When 6 portions are sold
    And the stall closes
    And 3 portions are sold
    Then the cook says "the stall is closed"
    And the portions left are 12
    And the pans cooked are 0

  Scenario: the end of a pan
    Given a pan with 3 portions left
    When a new pan is cooked
    Then the cook says "the pan is not empty yet"
    When 3 portions are sold
    And a new pan is cooked
    And 38 portions are sold
    Then the portions left are 2
    And the pans cooked are 1
