Feature: Row counter

  Scenario: counting rows one at a time
    Given the row counter shows 0
    When a row is finished
    And a row is finished
    Then the row counter shows 2

  Scenario: several rows at once
    Given the row counter shows 0
    When 6 rows are finished
    And a row is finished
    Then the row counter shows 7

  Scenario: unpicking a row
    Given the row counter shows 12
    When 4 rows are finished
    And the last row is unpicked
    Then the row counter shows 15

  Scenario: starting a new piece
    Given the row counter shows 30
    When the counter is reset
    Then the row counter shows 0
    When a row is finished
    Then the row counter shows 1
