Feature: Time off in lieu
  Staff bank an hour of time off for every extra hour they work, up to 15 hours
  at most; extra hours that would take someone over 15 are refused until they
  take some time off. Time off comes out of the hours banked. When the leave year
  ends, no more than 5 hours carry over.

  Scenario: banking extra hours
    Given "Ana" has 0 hours in lieu
    When "Ana" works 3 extra hours
    And "Ana" works 4 extra hours
    Then the hours banked by "Ana" are 7

  Scenario: taking time off
    Given "Ben" has 10 hours in lieu
    When "Ben" takes 6 hours off
    Then the hours banked by "Ben" are 4
    When "Ben" takes 5 hours off
    Then the system says "only 4 hours are banked"
    And the hours banked by "Ben" are 4

  Scenario: the cap
    Given "Ana" has 12 hours in lieu
    When "Ana" works 4 extra hours
    Then the system says "only 3 more hours can be banked"
    And the hours banked by "Ana" are 12
    When "Ana" works 3 extra hours
    Then the hours banked by "Ana" are 15

  Scenario: the end of the leave year
    Given "Cy" has 11 hours in lieu
    When the leave year ends
    Then the hours banked by "Cy" are 5

  Scenario: small balances carry over whole
    Given "Ben" has 2 hours in lieu
    And "Cy" has 9 hours in lieu
    When the leave year ends
    Then the hours banked by "Ben" are 2
    And the hours banked by "Cy" are 5
    When "Cy" takes 3 hours off
    Then the hours banked by "Cy" are 2
