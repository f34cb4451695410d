Feature: Row counter

  Scenario: a long stretch then two mistakes
    Given the row counter shows 0
    When 10 rows are finished
    And the last row is unpicked
    And the last row is unpicked
    Then the row counter shows 8

  Scenario: reset in the middle
    Given the row counter shows 5
    When a row is finished
    And the counter is reset
    And 3 rows are finished
    Then the row counter shows 3

  Scenario: past a hundred
    Given the row counter shows 99
    When 2 rows are finished
    Then the row counter shows 101
    When the last row is unpicked
    Then the row counter shows 100
