Feature: Hotel room safe
  The guest closes the safe with a code. Only that code opens it. A wrong code is
  refused with "wrong code, 2 tries left", then "wrong code, 1 try left"; the third
  wrong code in a row locks the safe with "safe is locked", and while it is locked
  every code, even the right one, is refused with "safe is locked". Opening the
  safe with the right code starts the count of wrong tries again. Reception can
  reset a locked safe: it is closed again with the same code and no wrong tries.

  Scenario: the right code opens the safe
    Given a safe closed with the code "4821"
    When the code "4821" is entered
    Then the safe is "open"

  Scenario: a wrong code is refused
    Given a safe closed with the code "4821"
    When the code "1111" is entered
    Then the code is refused with "wrong code, 2 tries left"
    And the safe is "closed"

  Scenario: three wrong codes lock the safe
    Given a safe closed with the code "4821"
    When the code "1111" is entered
    And the code "2222" is entered
    Then the code is refused with "wrong code, 1 try left"
    When the code "3333" is entered
    Then the code is refused with "safe is locked"
    When the code "4821" is entered
    Then the code is refused with "safe is locked"
    And the safe is "locked"

  Scenario: opening the safe forgets earlier wrong codes
    Given a safe closed with the code "4821"
    When the code "1111" is entered
    And the code "2222" is entered
    And the code "4821" is entered
    Then the safe is "open"
    When the guest closes the safe
    And the code "5555" is entered
    Then the code is refused with "wrong code, 2 tries left"

  Scenario: reception resets a locked safe
    Given a safe closed with the code "4821"
    When the code "1111" is entered
    And the code "1111" is entered
    And the code "1111" is entered
    And reception resets the safe
    Then the safe is "closed"
    When the code "4821" is entered
    Then the safe is "open"
