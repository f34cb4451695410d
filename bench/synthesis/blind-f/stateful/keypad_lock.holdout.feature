Feature: Keypad on the office door
  The door opens with its code. Three wrong codes in a row lock the keypad:
  while it is locked every code is refused with "keypad locked", even the right
  one, until the caretaker resets it. The right code clears the count of wrong
  codes.

  Scenario: open, close and a slip
    Given a door with the code "1357"
    When the code "7531" is entered
    Then the code is refused with "wrong code"
    When the code "1357" is entered
    Then the door is open: yes
    When the door is closed
    And the code "0000" is entered
    Then the code is refused with "wrong code"
    And there have been 1 wrong attempts
    And the door is open: no

  Scenario: locked and reset
    Given a door with the code "8642"
    When the code "1111" is entered
    Then the code is refused with "wrong code"
    When the code "2222" is entered
    Then the code is refused with "wrong code"
    When the code "3333" is entered
    Then the code is refused with "wrong code"
    And there have been 3 wrong attempts
    When the code "4444" is entered
    Then the code is refused with "keypad locked"
    When the caretaker resets the keypad
    And the code "8642" is entered
    Then the door is open: yes
    And there have been 0 wrong attempts
