Feature: Corner shop slate
  Regulars can put shopping on the slate until 30.00 is owed, and payments take money off what
  is owed. The shopkeeper can freeze a slate: nothing more goes on it until it is paid off in
  full, after which it opens again by itself.

  Scenario: shopping adds up
    Given the slate stands at 0.00
    When shopping of 6.75 goes on the slate
    And shopping of 12.30 goes on the slate
    Then the slate is at 19.05
    And the slate is "open"

  Scenario: up to the limit
    Given the slate stands at 24.50
    When shopping of 8.10 goes on the slate
    Then the shopkeeper says "only 5.50 more can go on the slate"
    And the slate is at 24.50
    When shopping of 5.50 goes on the slate
    Then the slate is at 30.00

  Scenario: paying off
    Given the slate stands at 18.60
    When 10.00 is paid off
    Then the slate is at 8.60
    When 9.00 is paid off
    Then the shopkeeper says "only 8.60 is owed"
    When 8.60 is paid off
    Then the slate is at 0.00

  Scenario: a frozen slate
    Given the slate stands at 22.00
    When the slate is frozen
    And shopping of 3.00 goes on the slate
    Then the shopkeeper says "the slate is frozen until it is paid off"
    And the slate is at 22.00
    When 12.00 is paid off
    Then the slate is "frozen"
    And the slate is at 10.00

  Scenario: paying in full opens it again
    Given the slate stands at 7.25
    When the slate is frozen
    And 7.25 is paid off
    Then the slate is "open"
    When shopping of 4.60 goes on the slate
    Then the slate is at 4.60
