Feature: Kitchen order rail
  Tickets go on the rail in the order they come in and the kitchen cooks from the front. A
  table that is in a hurry has its ticket moved to the front. Each table has one ticket at a
  time.

  Scenario: two tables in a hurry
    Given the order rail is empty
    When table 10 orders
    And table 11 orders
    And table 12 orders
    And table 12 is in a hurry
    And table 11 is in a hurry
    Then the rail shows "11, 12, 10"
    When the kitchen sends out the first ticket
    Then the rail shows "12, 10"

  Scenario: dessert after the main course
    Given the order rail is empty
    When table 3 orders
    And the kitchen sends out the first ticket
    And table 3 orders
    Then the rail shows "3"
    When table 3 orders
    Then the kitchen hears "table 3 already has a ticket"

  Scenario: a quiet start
    Given the order rail is empty
    When the kitchen sends out the first ticket
    Then the kitchen hears "the rail is empty"
    When table 5 orders
    And table 5 cancels
    And table 5 cancels
    Then the kitchen hears "table 5 has no ticket"
    And the order rail is empty
