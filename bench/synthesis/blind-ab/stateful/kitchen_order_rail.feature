Feature: Kitchen order rail
  Tickets go on the rail in the order they come in and the kitchen cooks from the front. A
  table that is in a hurry has its ticket moved to the front. Each table has one ticket at a
  time.

  Scenario: cooking in order
    Given the order rail is empty
    When table 4 orders
    And table 7 orders
    And table 2 orders
    Then the rail shows "4, 7, 2"
    When the kitchen sends out the first ticket
    Then the rail shows "7, 2"

  Scenario: a table in a hurry
    Given the order rail is empty
    When table 5 orders
    And table 9 orders
    And table 9 is in a hurry
    Then the rail shows "9, 5"
    When table 5 orders
    Then the kitchen hears "table 5 already has a ticket"

  Scenario: a cancelled order
    Given the order rail is empty
    When table 14 orders
    And table 3 orders
    And table 14 cancels
    Then the rail shows "3"
    When table 8 cancels
    Then the kitchen hears "table 8 has no ticket"

  Scenario: nothing left to cook
    Given the order rail is empty
    When table 6 orders
    And table 11 orders
    And table 11 cancels
    And the kitchen sends out the first ticket
    And the kitchen sends out the first ticket
    Then the kitchen hears "the rail is empty"
    And the order rail is empty

  Scenario: a busy evening
    Given the order rail is empty
    When table 2 orders
    And table 4 orders
    And table 6 orders
    And table 8 orders
    And table 6 is in a hurry
    Then the rail shows "6, 2, 4, 8"
    When the kitchen sends out the first ticket
    And the kitchen sends out the first ticket
    Then the rail shows "4, 8"
    When table 2 is in a hurry
    Then the kitchen hears "table 2 has no ticket"
