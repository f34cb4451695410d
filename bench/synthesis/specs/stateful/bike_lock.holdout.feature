Feature: Combination bike lock
  The lock opens with its code. Three wrong codes in a row block it, and a blocked lock refuses even the right code. Opening the lock forgives earlier wrong codes.

  Scenario: opening in between forgives the wrong codes
    Given a bike lock with the code "2580"
    When "1111" is entered
    And "2222" is entered
    And "2580" is entered
    And the lock is snapped shut
    And "3333" is entered
    And "4444" is entered
    And "2580" is entered
    Then the lock is open: yes

  Scenario: blocked after an earlier opening
    Given a bike lock with the code "9090"
    When "9090" is entered
    And the lock is snapped shut
    And "1000" is entered
    And "2000" is entered
    And "3000" is entered
    And "9090" is entered
    Then the lock says "blocked"
    And the lock is open: no

  Scenario: a single wrong code after shutting
    Given a bike lock with the code "5555"
    When "5555" is entered
    And the lock is snapped shut
    And "5556" is entered
    Then the lock says "wrong code"
    And the lock is open: no
