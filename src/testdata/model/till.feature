Feature: Till
  Each line rung up costs its quantity times its unit price; voiding takes back the last line.

  Scenario: one line
    Given an empty till
    When I ring up 3 items at 4 each
    Then the till total is 12

  Scenario: two lines
    Given an empty till
    When I ring up 2 items at 5 each
    And I ring up 1 items at 7 each
    Then the till total is 17

  Scenario: the same lines, quantities swapped
    Given an empty till
    When I ring up 1 items at 5 each
    And I ring up 2 items at 7 each
    Then the till total is 19

  Scenario: the same lines, prices swapped
    Given an empty till
    When I ring up 2 items at 7 each
    And I ring up 1 items at 5 each
    Then the till total is 19

  Scenario: the same lines in the other order
    Given an empty till
    When I ring up 1 items at 7 each
    And I ring up 2 items at 5 each
    Then the till total is 17

  Scenario: three lines
    Given an empty till
    When I ring up 4 items at 3 each
    And I ring up 2 items at 10 each
    And I ring up 6 items at 1 each
    Then the till total is 38

  Scenario: voiding the last line
    Given an empty till
    When I ring up 2 items at 5 each
    And I ring up 3 items at 9 each
    And I void the last line
    Then the till total is 10

  Scenario: nothing to void
    Given an empty till
    When I void the last line
    Then the till says "nothing to void"
    And the till total is 0
