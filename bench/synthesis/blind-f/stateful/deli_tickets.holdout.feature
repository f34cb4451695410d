Feature: Ticket machine at the deli counter

  Scenario: a busy morning
    Given the ticket machine starts at 20
    When a customer takes a ticket
    And a customer takes a ticket
    And a customer takes a ticket
    And a customer takes a ticket
    And the next customer is called
    And the next customer is called
    And the next customer is called
    Then the screen shows ticket 22
    And 1 customers are waiting
    And the last ticket taken is 23

  Scenario: round the corner
    Given the ticket machine starts at 99
    When a customer takes a ticket
    And a customer takes a ticket
    And the next customer is called
    Then the screen shows ticket 99
    When the next customer is called
    Then the screen shows ticket 1
    When the next customer is called
    Then the call is refused with "nobody waiting"
