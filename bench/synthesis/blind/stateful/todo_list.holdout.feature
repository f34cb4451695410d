Feature: To-do list

  Scenario: nothing to do yet
    Given an empty to-do list
    Then the number of open tasks is 0
    And the number of finished tasks is 0

  Scenario: working through a list out of order
    Given an empty to-do list
    When I add "book dentist"
    And I add "renew passport"
    And I add "fix bike"
    And I tick off "fix bike"
    And I tick off "book dentist"
    Then the number of open tasks is 1
    And the number of finished tasks is 2

  Scenario: ticking off on an empty list
    Given an empty to-do list
    When I tick off "anything"
    Then I am told "no such task"

  Scenario: a new task does not reopen a finished one
    Given an empty to-do list
    When I add "send invoice"
    And I tick off "send invoice"
    And I add "file receipts"
    And I tick off "send invoice"
    Then I am told "already done"
    And the number of open tasks is 1
