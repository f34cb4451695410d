Feature: Support line queue

  Scenario: a busy Monday
    Given the support line has no callers waiting
    When Bea calls
    And Cal calls
    And Dan calls
    And Eve calls
    And an agent becomes free
    And Dan hangs up
    Then Eve's status is "number 2 in the queue"
    And Bea's status is "talking to an agent"
    And Cal's status is "number 1 in the queue"

  Scenario: an impatient caller
    Given the support line has no callers waiting
    When Fay calls
    And Gus calls
    And Gus calls
    Then the call is refused with "Gus is already in the queue"
    When an agent becomes free
    And an agent becomes free
    Then Gus's status is "talking to an agent"
    And Fay's status is "talking to an agent"
