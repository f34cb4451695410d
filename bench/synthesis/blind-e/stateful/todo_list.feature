Feature: To-do list

  Scenario: adding tasks
    Given an empty to-do list
    When "buy milk" is added
    And "call mum" is added
    Then the number of open tasks is 2
    And the next task is "buy milk"

  Scenario: finishing a task
    Given "buy milk" is on the to-do list
    And "call mum" is on the to-do list
    And "pay rent" is on the to-do list
    When "buy milk" is done
    Then the number of open tasks is 2
    And the next task is "call mum"

  Scenario: a task cannot be added twice
    Given "buy milk" is on the to-do list
    When "buy milk" is added
    Then the request is refused with "already on the list"
    And the number of open tasks is 1

  Scenario: finishing a task that is not on the list
    Given "buy milk" is on the to-do list
    When "walk the dog" is done
    Then the request is refused with "no such task"
    And the number of open tasks is 1

  Scenario: everything done
    Given "pay rent" is on the to-do list
    When "pay rent" is done
    Then the number of open tasks is 0
    And the next task is "nothing to do"
