Feature: Support line queue

  Scenario: waiting behind another caller
    Given the support line has no callers waiting
    When Omar calls
    And Ana calls
    Then Ana's status is "number 2 in the queue"

  Scenario: an agent picks up
    Given the support line has no callers waiting
    When Omar calls
    And Ana calls
    And Lee calls
    And an agent becomes free
    Then Omar's status is "talking to an agent"
    And Lee's status is "number 2 in the queue"

  Scenario: someone gives up
    Given the support line has no callers waiting
    When Omar calls
    And Ana calls
    And Lee calls
    And Ana hangs up
    Then Lee's status is "number 2 in the queue"
    And Ana's status is "not in the queue"

  Scenario: calling twice
    Given the support line has no callers waiting
    When Omar calls
    And Omar calls
    Then the call is refused with "Omar is already in the queue"
    And Omar's status is "number 1 in the queue"

  Scenario: a quiet moment
    Given the support line has no callers waiting
    When Omar calls
    And an agent becomes free
    And Ana calls
    Then Ana's status is "number 1 in the queue"
    And Omar's status is "talking to an agent"
