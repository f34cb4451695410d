Feature: Keypad on the office door
  The door opens with its code. Three wrong codes in a row lock the keypad:
  while it is locked every code is refused with "keypad locked", even the right
  one, until the caretaker resets it. The right code clears the count of wrong
  codes.

  Scenario: the right code
    Given a door with the code "4321"
    When the code "4321" is entered
    Then the door is open: yes

  Scenario: a wrong code
    Given a door with the code "4321"
    When the code "1111" is entered
    Then the code is refused with "wrong code"
    And the door is open: no
    And there have been 1 wrong attempts

  Scenario: the right code after two mistakes
    Given a door with the code "0000"
    When the code "1234" is entered
    Then the code is refused with "wrong code"
    When the code "1111" is entered
    Then the code is refused with "wrong code"
    When the code "0000" is entered
    Then the door is open: yes
    And there have been 0 wrong attempts

  Scenario: three mistakes lock the keypad
    Given a door with the code "2580"
    When the code "1" is entered
    Then the code is refused with "wrong code"
    When the code "2" is entered
    Then the code is refused with "wrong code"
    When the code "3" is entered
    Then the code is refused with "wrong code"
    When the code "2580" is entered
    Then the code is refused with "keypad locked"
    And the door is open: no
    When the caretaker resets the keypad
    And the code "2580" is entered
    Then the door is open: yes

  Scenario: closing the door again
    Given a door with the code "9999"
    When the code "9999" is entered
    Then the door is open: yes
    When the door is closed
    Then the door is open: no
