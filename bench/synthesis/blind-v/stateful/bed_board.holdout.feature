Feature: Bed board
  Each bed on the ward board is clean, occupied or dirty. A patient may be admitted only to a
  clean bed; when the patient is discharged the bed is dirty until it has been cleaned. The
  board also counts the clean beds.

  Scenario: a patient moved to the ready bed
    Given bed 20 is "dirty"
    And bed 21 is "clean"
    When a patient is admitted to bed 20
    Then the board shows "bed 20 is not clean yet"
    When a patient is admitted to bed 21
    And bed 20 is cleaned
    Then the clean beds number 1
    When the patient in bed 21 is discharged
    Then bed 21 is "dirty"
    And the clean beds number 1

  Scenario: one bed all day
    Given bed 5 is "occupied"
    When bed 5 is cleaned
    Then the board shows "bed 5 is occupied"
    When the patient in bed 5 is discharged
    And the patient in bed 5 is discharged
    Then the board shows "bed 5 is empty"
    When bed 5 is cleaned
    And bed 5 is cleaned
    Then the board shows "bed 5 is already clean"
    And the clean beds number 1

  Scenario: three admissions from the emergency department
    Given bed 30 is "clean"
    And bed 31 is "clean"
    And bed 32 is "clean"
    When a patient is admitted to bed 30
    And a patient is admitted to bed 31
    And a patient is admitted to bed 30
    Then the board shows "bed 30 is occupied"
    And the clean beds number 1
    When the patient in bed 30 is discharged
    And bed 30 is cleaned
    Then the clean beds number 2
