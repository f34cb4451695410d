Feature: Controlled drugs cupboard
  The controlled drugs cupboard at the care home opens with its code. A
  wrong code leaves it shut, and three wrong codes in a row block the keypad
  until the manager resets it; while it is blocked no code is taken. The
  right code opens the cupboard and clears the wrong tries. Doses can only
  be taken out while the cupboard is open, and never more than are in it.
  Shutting the door locks it again.

  Scenario: two slips and then the right code
    Given the cupboard code is "3806"
    And the cupboard holds 20 doses of "oxycodone"
    When code "3860" is entered
    And code "8306" is entered
    And code "3806" is entered
    And 6 doses of "oxycodone" are taken out
    Then the "oxycodone" doses left are 14
    When the door is shut
    And code "3086" is entered
    Then the wrong tries in a row are 1
    And the cupboard is "shut"

  Scenario: a blocked keypad ignores the right code
    Given the cupboard code is "4172"
    And the cupboard holds 20 doses of "oxycodone"
    When code "0000" is entered
    And code "1234" is entered
    And code "4444" is entered
    And code "4172" is entered
    Then the keypad shows "the keypad is blocked: call the manager"
    When the manager resets the keypad
    And code "4444" is entered
    Then the wrong tries in a row are 1
    And the cupboard is "shut"

  Scenario: asking for more doses than are left
    Given the cupboard code is "4172"
    And the cupboard holds 4 doses of "morphine"
    When code "4172" is entered
    And 5 doses of "morphine" are taken out
    Then the keypad shows "only 4 doses of morphine are left"
    When the door is shut
    And 2 doses of "morphine" are taken out
    Then the keypad shows "open the cupboard first"
    And the "morphine" doses left are 4
