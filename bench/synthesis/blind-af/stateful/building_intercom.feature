Feature: Building intercom
  Residents open the street door by typing the door code on the intercom keypad. After
  three wrong codes in a row the keypad locks until the caretaker resets it, and a right
  code starts the count of wrong codes again from zero. The caretaker can change the code.

  Scenario: the right code opens the door
    Given the door code is "4821"
    When "4821" is typed
    Then the door opens
    And the wrong codes in a row are 0

  Scenario: a right code clears earlier mistakes
    Given the door code is "4821"
    When "1111" is typed
    Then the door stays shut
    When "4812" is typed
    And "4821" is typed
    Then the door opens
    And the wrong codes in a row are 0

  Scenario: the third wrong code locks the keypad
    Given the door code is "4821"
    When "0000" is typed
    And "1234" is typed
    Then the wrong codes in a row are 2
    And the keypad is locked: no
    When "9999" is typed
    Then the door stays shut
    And the keypad is locked: yes
    When "4821" is typed
    Then the intercom says "the keypad is locked"
    And the wrong codes in a row are 3

  Scenario: a new code replaces the old one
    Given the door code is "5550"
    When "5505" is typed
    And the caretaker resets the keypad
    Then the intercom says "the keypad is not locked"
    And the wrong codes in a row are 1
    When "5550" is typed
    And the caretaker changes the code to "6061"
    And "5550" is typed
    Then the door stays shut
    When "6061" is typed
    Then the door opens

  Scenario: the caretaker unlocks the keypad
    Given the door code is "2468"
    When "1357" is typed
    And "1357" is typed
    And "1357" is typed
    And the caretaker resets the keypad
    Then the keypad is locked: no
    And the wrong codes in a row are 0
    When the caretaker changes the code to "2468"
    Then the intercom says "that is already the door code"
    When "2468" is typed
    Then the door opens
