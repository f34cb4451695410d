Feature: Building intercom
  Residents open the street door by typing the door code on the intercom keypad. After
  three wrong codes in a row the keypad locks until the caretaker resets it, and a right
  code starts the count of wrong codes again from zero. The caretaker can change the code.

  Scenario: mistakes either side of a right code
    Given the door code is "1905"
    When "1950" is typed
    And "1905" is typed
    And "1509" is typed
    And "9051" is typed
    Then the wrong codes in a row are 2
    And the keypad is locked: no
    When "0519" is typed
    Then the keypad is locked: yes

  Scenario: locked until reset
    Given the door code is "3030"
    When "3003" is typed
    And "3003" is typed
    And "3003" is typed
    And "3030" is typed
    Then the intercom says "the keypad is locked"
    When the caretaker resets the keypad
    And "3030" is typed
    Then the door opens

  Scenario: the old code stops working
    Given the door code is "7777"
    When the caretaker changes the code to "7070"
    And the caretaker changes the code to "7070"
    Then the intercom says "that is already the door code"
    When "7777" is typed
    Then the door stays shut
    And the wrong codes in a row are 1
    When the caretaker resets the keypad
    Then the intercom says "the keypad is not locked"
