Feature: Support tickets

  Scenario: a ticket worked through to the end
    Given a new support ticket
    When an agent picks up the ticket
    Then the ticket status is "in progress"
    When the agent resolves the ticket
    Then the ticket status is "resolved"
    When the ticket is closed
    Then the ticket status is "closed"

  Scenario: the customer is not happy yet
    Given a new support ticket
    When an agent picks up the ticket
    And the agent resolves the ticket
    And the customer reopens the ticket
    Then the ticket status is "open"
    And the ticket has been reopened 1 time
    When an agent picks up the ticket
    And the agent resolves the ticket
    And the customer reopens the ticket
    Then the ticket has been reopened 2 times

  Scenario: resolving before anyone picks it up
    Given a new support ticket
    When the agent resolves the ticket
    Then the request is refused with "the ticket is not being worked on"
    And the ticket status is "open"

  Scenario: reopening a ticket that is still being worked on
    Given a new support ticket
    When an agent picks up the ticket
    And the customer reopens the ticket
    Then the request is refused with "only resolved tickets can be reopened"
    And the ticket status is "in progress"

  Scenario: a closed ticket stays closed
    Given a new support ticket
    When an agent picks up the ticket
    And the agent resolves the ticket
    And the ticket is closed
    And the customer reopens the ticket
    Then the request is refused with "the ticket is closed"
    When an agent picks up the ticket
    Then the request is refused with "the ticket is closed"
    And the ticket status is "closed"
