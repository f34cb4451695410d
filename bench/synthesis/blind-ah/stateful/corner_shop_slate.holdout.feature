Feature: Corner shop slate
  Regulars can put shopping on the slate until 30.00 is owed, and payments take money off what
  is owed. The shopkeeper can freeze a slate: nothing more goes on it until it is paid off in
  full, after which it opens again by itself.

  Scenario: filling the slate and clearing it
    Given the slate stands at 3.10
    When shopping of 9.99 goes on the slate
    And shopping of 16.91 goes on the slate
    Then the slate is at 30.00
    When 30.00 is paid off
    Then the slate is at 0.00
    And the slate is "open"

  Scenario: a payment makes room
    Given the slate stands at 27.45
    When shopping of 4.00 goes on the slate
    Then the shopkeeper says "only 2.55 more can go on the slate"
    When 2.50 is paid off
    And shopping of 4.00 goes on the slate
    Then the slate is at 28.95

  Scenario: paying too much on a frozen slate
    Given the slate stands at 15.00
    When the slate is frozen
    And 20.00 is paid off
    Then the shopkeeper says "only 15.00 is owed"
    And the slate is "frozen"
    When 15.00 is paid off
    Then the slate is "open"
    And the slate is at 0.00
