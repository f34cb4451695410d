Feature: Paella stall
  A pan makes 40 portions. A new pan goes on only once the last one is empty, and nothing is
  sold after the stall closes.

  Scenario: selling out a pan
    Given a pan with 40 portions left
    When 15 portions are sold
    And 20 portions are sold
    Then the portions left are 5
    When 6 portions are sold
    Then the cook says "only 5 portions are left"
    When 5 portions are sold
    Then the portions left are 0

  Scenario: a new pan
    Given a pan with 10 portions left
    When a new pan is cooked
    Then the cook says "the pan is not empty yet"
    When 10 portions are sold
    And a new pan is cooked
    Then the portions left are 40
    And the pans cooked are 1

  Scenario: closing time
    Given a pan with 30 portions left
    When the stall closes
    And 4 portions are sold
    Then the cook says "the stall is closed"
    And the portions left are 30

  Scenario: a busy lunch
    Given a pan with 8 portions left
    When 8 portions are sold
    And a new pan is cooked
    And 25 portions are sold
    And a new pan is cooked
    Then the cook says "the pan is not empty yet"
    And the portions left are 15
    And the pans cooked are 1
