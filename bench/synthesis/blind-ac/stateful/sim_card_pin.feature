Feature: SIM card PIN
  The phone asks for the SIM PIN when it starts. After three wrong PINs in a row the SIM is
  blocked until the PUK code is entered with a new PIN. A right PIN resets the count of
  tries, and restarting the phone does not.

  Scenario: the right PIN first time
    Given the SIM PIN is "1234" and the PUK is "55667788"
    When the PIN "1234" is entered
    Then the SIM is "unlocked"
    And the tries left are 3

  Scenario: two slips before the right PIN
    Given the SIM PIN is "1234" and the PUK is "55667788"
    When the PIN "0000" is entered
    Then the SIM is "locked"
    And the tries left are 2
    When the PIN "9999" is entered
    Then the tries left are 1
    When the PIN "1234" is entered
    Then the SIM is "unlocked"
    And the tries left are 3

  Scenario: blocked after three wrong PINs
    Given the SIM PIN is "1234" and the PUK is "55667788"
    When the PIN "1111" is entered
    And the PIN "2222" is entered
    And the PIN "3333" is entered
    Then the SIM is "blocked"
    And the tries left are 0
    When the PIN "1234" is entered
    Then the phone says "the SIM is blocked, enter the PUK"
    When the PUK "12345678" is entered with the new PIN "2468"
    Then the phone says "that PUK is wrong"
    And the SIM is "blocked"
    When the PUK "55667788" is entered with the new PIN "2468"
    Then the SIM is "unlocked"
    And the tries left are 3
    When the phone is restarted
    And the PIN "2468" is entered
    Then the SIM is "unlocked"

  Scenario: a restart keeps the count
    Given the SIM PIN is "8080" and the PUK is "11223344"
    When the PIN "8000" is entered
    And the phone is restarted
    Then the SIM is "locked"
    And the tries left are 2
    When the PIN "8008" is entered
    And the phone is restarted
    Then the tries left are 1
    When the PIN "8080" is entered
    Then the SIM is "unlocked"

  Scenario: no PUK needed
    Given the SIM PIN is "8080" and the PUK is "11223344"
    When the PUK "11223344" is entered with the new PIN "1357"
    Then the phone says "the SIM is not blocked"
    And the SIM is "locked"
    And the tries left are 3
    When the PIN "8080" is entered
    Then the SIM is "unlocked"
