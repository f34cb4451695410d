Feature: Combination bike lock
  The lock opens with its code. Three wrong codes in a row block it, and a blocked lock refuses even the right code. Opening the lock forgives earlier wrong codes.

  Scenario: the right code opens the lock
    Given a bike lock with the code "4821"
    When "4821" is entered
    Then the lock is open: yes

  Scenario: a wrong code
    Given a bike lock with the code "4821"
    When "1111" is entered
    Then the lock says "wrong code"
    And the lock is open: no

  Scenario: snapping the lock shut again
    Given a bike lock with the code "4821"
    When "4821" is entered
    And the lock is snapped shut
    Then the lock is open: no

  Scenario: three wrong codes block the lock
    Given a bike lock with the code "0007"
    When "1234" is entered
    And "0000" is entered
    And "9999" is entered
    And "0007" is entered
    Then the lock says "blocked"
    And the lock is open: no

  Scenario: two wrong codes are not enough to block it
    Given a bike lock with the code "0007"
    When "1234" is entered
    And "0000" is entered
    And "0007" is entered
    Then the lock is open: yes
