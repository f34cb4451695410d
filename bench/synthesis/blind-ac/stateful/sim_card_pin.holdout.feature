Feature: SIM card PIN
  The phone asks for the SIM PIN when it starts. After three wrong PINs in a row the SIM is
  blocked until the PUK code is entered with a new PIN. A right PIN resets the count of
  tries, and restarting the phone does not.

  Scenario: a slip after a restart
    Given the SIM PIN is "4711" and the PUK is "10203040"
    When the PIN "4700" is entered
    Then the tries left are 2
    When the PIN "4711" is entered
    Then the tries left are 3
    When the phone is restarted
    And the PIN "1147" is entered
    And the PIN "7411" is entered
    Then the tries left are 1
    And the SIM is "locked"
    When the PIN "4711" is entered
    Then the SIM is "unlocked"

  Scenario: blocked across a restart
    Given the SIM PIN is "4711" and the PUK is "10203040"
    When the PIN "1000" is entered
    And the PIN "2000" is entered
    And the phone is restarted
    And the PIN "3000" is entered
    Then the SIM is "blocked"
    When the phone is restarted
    Then the SIM is "blocked"
    And the tries left are 0
    When the PIN "4711" is entered
    Then the phone says "the SIM is blocked, enter the PUK"
    When the PUK "40302010" is entered with the new PIN "9090"
    Then the phone says "that PUK is wrong"
    When the PUK "10203040" is entered with the new PIN "9090"
    And the phone is restarted
    And the PIN "4711" is entered
    Then the SIM is "locked"
    And the tries left are 2
    When the PIN "9090" is entered
    Then the SIM is "unlocked"

  Scenario: the PUK after unlocking
    Given the SIM PIN is "2580" and the PUK is "99887766"
    When the PIN "2580" is entered
    And the PUK "99887766" is entered with the new PIN "0852"
    Then the phone says "the SIM is not blocked"
    And the SIM is "unlocked"
