Feature: To-do list

  Scenario: adding tasks
    Given an empty to-do list
    When I add "buy milk"
    And I add "call mum"
    Then the number of open tasks is 2

  Scenario: ticking a task off
    Given an empty to-do list
    When I add "buy milk"
    And I add "call mum"
    And I tick off "buy milk"
    Then the number of open tasks is 1
    And the number of finished tasks is 1

  Scenario: ticking off something that is not on the list
    Given an empty to-do list
    When I add "water plants"
    And I tick off "walk the dog"
    Then I am told "no such task"
    And the number of open tasks is 1

  Scenario: ticking off twice
    Given an empty to-do list
    When I add "pay rent"
    And I tick off "pay rent"
    And I tick off "pay rent"
    Then I am told "already done"
    And the number of finished tasks is 1
