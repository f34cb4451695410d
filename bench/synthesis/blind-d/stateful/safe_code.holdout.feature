Feature: Hotel room safe
  The guest closes the safe with a code. Only that code opens it. A wrong code is
  refused with "wrong code, 2 tries left", then "wrong code, 1 try left"; the third
  wrong code in a row locks the safe with "safe is locked", and while it is locked
  every code, even the right one, is refused with "safe is locked". Opening the
  safe with the right code starts the count of wrong tries again. Reception can
  reset a locked safe: it is closed again with the same code and no wrong tries.

  Scenario: a different code, one slip
    Given a safe closed with the code "0007"
    When the code "7000" is entered
    Then the code is refused with "wrong code, 2 tries left"
    When the code "0007" is entered
    Then the safe is "open"

  Scenario: after a reset the tries start again
    Given a safe closed with the code "9999"
    When the code "1234" is entered
    And the code "1234" is entered
    And the code "1234" is entered
    Then the code is refused with "safe is locked"
    When reception resets the safe
    And the code "1234" is entered
    Then the code is refused with "wrong code, 2 tries left"
    And the safe is "closed"

  Scenario: two slips after reopening
    Given a safe closed with the code "3141"
    When the code "3141" is entered
    And the guest closes the safe
    And the code "2718" is entered
    And the code "1618" is entered
    Then the code is refused with "wrong code, 1 try left"
    And the safe is "closed"
