Feature: To-do list

  Scenario: a repeated task in a longer list
    Given an empty to-do list
    When "water the plants" is added
    And "fix the tap" is added
    And "water the plants" is added
    Then the request is refused with "already on the list"
    When "fix the tap" is done
    Then the number of open tasks is 1
    And the next task is "water the plants"

  Scenario: a new task after everything is done
    Given "book the dentist" is on the to-do list
    And "renew passport" is on the to-do list
    When "book the dentist" is done
    And "renew passport" is done
    Then the number of open tasks is 0
    And the next task is "nothing to do"
    When "clean the oven" is added
    Then the next task is "clean the oven"

  Scenario: a task with a similar name
    Given "fix the tap" is on the to-do list
    When "fix the bike" is done
    Then the request is refused with "no such task"
    And the next task is "fix the tap"
