Feature: Ticket machine at the deli counter

  Scenario: three customers
    Given the ticket machine starts at 1
    When a customer takes a ticket
    And a customer takes a ticket
    And a customer takes a ticket
    Then the last ticket taken is 3
    And 3 customers are waiting

  Scenario: calling a customer
    Given the ticket machine starts at 1
    When a customer takes a ticket
    And a customer takes a ticket
    And the next customer is called
    Then the screen shows ticket 1
    And 1 customers are waiting

  Scenario: nobody left to call
    Given the ticket machine starts at 50
    When a customer takes a ticket
    And the next customer is called
    And the next customer is called
    Then the call is refused with "nobody waiting"
    And the screen shows ticket 50
    And 0 customers are waiting

  Scenario: the tickets go round after 99
    Given the ticket machine starts at 98
    When a customer takes a ticket
    And a customer takes a ticket
    And a customer takes a ticket
    Then the last ticket taken is 1
    When the next customer is called
    And the next customer is called
    Then the screen shows ticket 99
    And 1 customers are waiting

  Scenario: an empty shop
    Given the ticket machine starts at 1
    When the next customer is called
    Then the call is refused with "nobody waiting"
    And 0 customers are waiting
