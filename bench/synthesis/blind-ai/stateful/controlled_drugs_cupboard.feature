Feature: Controlled drugs cupboard
  The controlled drugs cupboard at the care home opens with its code. A
  wrong code leaves it shut, and three wrong codes in a row block the keypad
  until the manager resets it; while it is blocked no code is taken. The
  right code opens the cupboard and clears the wrong tries. Doses can only
  be taken out while the cupboard is open, and never more than are in it.
  Shutting the door locks it again.

  Scenario: the right code opens the cupboard
    Given the cupboard code is "4172"
    And the cupboard holds 20 doses of "oxycodone"
    When code "4172" is entered
    And 2 doses of "oxycodone" are taken out
    Then the "oxycodone" doses left are 18
    And the cupboard is "open"
    When the door is shut
    Then the cupboard is "shut"

  Scenario: three wrong codes block the keypad
    Given the cupboard code is "4172"
    And the cupboard holds 20 doses of "oxycodone"
    When code "1111" is entered
    And code "4127" is entered
    Then the wrong tries in a row are 2
    And the cupboard is "shut"
    When code "4712" is entered
    Then the cupboard is "blocked"
    When code "4172" is entered
    Then the keypad shows "the keypad is blocked: call the manager"
    And the cupboard is "blocked"
    When the manager resets the keypad
    And code "4172" is entered
    Then the cupboard is "open"

  Scenario: the right code clears the wrong tries
    Given the cupboard code is "4172"
    And the cupboard holds 20 doses of "oxycodone"
    When code "9999" is entered
    And code "8888" is entered
    And code "4172" is entered
    Then the wrong tries in a row are 0
    When the door is shut
    And code "9999" is entered
    Then the wrong tries in a row are 1
    And the cupboard is "shut"

  Scenario: taking doses out
    Given the cupboard code is "4172"
    And the cupboard holds 5 doses of "morphine"
    When 2 doses of "morphine" are taken out
    Then the keypad shows "open the cupboard first"
    When code "4172" is entered
    And 3 doses of "morphine" are taken out
    And 4 doses of "morphine" are taken out
    Then the keypad shows "only 2 doses of morphine are left"
    And the "morphine" doses left are 2

  Scenario: a reset when nothing is blocked
    Given the cupboard code is "4172"
    And the cupboard holds 20 doses of "oxycodone"
    When the manager resets the keypad
    Then the keypad shows "the keypad is not blocked"
    When code "1212" is entered
    And code "1212" is entered
    And code "1212" is entered
    And the manager resets the keypad
    Then the wrong tries in a row are 0
    And the cupboard is "shut"
