Feature: Bed board
  Each bed on the ward board is clean, occupied or dirty. A patient may be admitted only to a
  clean bed; when the patient is discharged the bed is dirty until it has been cleaned. The
  board also counts the clean beds.

  Scenario: a stay from admission to cleaning
    Given bed 1 is "clean"
    And bed 2 is "clean"
    When a patient is admitted to bed 1
    Then bed 1 is "occupied"
    And the clean beds number 1
    When the patient in bed 1 is discharged
    Then bed 1 is "dirty"
    When bed 1 is cleaned
    Then bed 1 is "clean"
    And the clean beds number 2

  Scenario: a bed that is not ready
    Given bed 4 is "dirty"
    When a patient is admitted to bed 4
    Then the board shows "bed 4 is not clean yet"
    When bed 4 is cleaned
    And a patient is admitted to bed 4
    And a patient is admitted to bed 4
    Then the board shows "bed 4 is occupied"
    When bed 4 is cleaned
    Then the board shows "bed 4 is occupied"
    And the clean beds number 0

  Scenario: nothing to do at a clean bed
    Given bed 7 is "clean"
    When the patient in bed 7 is discharged
    Then the board shows "bed 7 is empty"
    When bed 7 is cleaned
    Then the board shows "bed 7 is already clean"
    And the clean beds number 1

  Scenario: a busy morning
    Given bed 10 is "occupied"
    And bed 11 is "dirty"
    And bed 12 is "clean"
    When the patient in bed 11 is discharged
    Then the board shows "bed 11 is empty"
    When the patient in bed 10 is discharged
    And bed 11 is cleaned
    Then the clean beds number 2
    When a patient is admitted to bed 12
    Then the clean beds number 1
    When bed 10 is cleaned
    Then the clean beds number 2
    And bed 10 is "clean"
