Feature: Support tickets

  Scenario: reopened once and then closed
    Given a new support ticket
    When an agent picks up the ticket
    And the agent resolves the ticket
    And the customer reopens the ticket
    And an agent picks up the ticket
    And the agent resolves the ticket
    And the ticket is closed
    Then the ticket status is "closed"
    And the ticket has been reopened 1 time

  Scenario: reopening twice in a row
    Given a new support ticket
    When an agent picks up the ticket
    And the agent resolves the ticket
    And the customer reopens the ticket
    And the customer reopens the ticket
    Then the request is refused with "only resolved tickets can be reopened"
    And the ticket status is "open"
    And the ticket has been reopened 1 time

  Scenario: resolving twice
    Given a new support ticket
    When an agent picks up the ticket
    And the agent resolves the ticket
    And the agent resolves the ticket
    Then the request is refused with "the ticket is not being worked on"
    And the ticket status is "resolved"
