Feature: Time off in lieu
  Staff bank an hour of time off for every extra hour they work, up to 15 hours
  at most; extra hours that would take someone over 15 are refused until they
  take some time off. Time off comes out of the hours banked. When the leave year
  ends, no more than 5 hours carry over.

  Scenario: a long week
    Given "Dee" has 5 hours in lieu
    When "Dee" works 8 extra hours
    Then the hours banked by "Dee" are 13
    When "Dee" works 3 extra hours
    Then the system says "only 2 more hours can be banked"
    When "Dee" takes 13 hours off
    Then the hours banked by "Dee" are 0

  Scenario: overtime just before the year ends
    Given "Eli" has 4 hours in lieu
    When "Eli" works 6 extra hours
    And the leave year ends
    Then the hours banked by "Eli" are 5
    When "Eli" takes 6 hours off
    Then the system says "only 5 hours are banked"

  Scenario: exactly at the cap
    Given "Fay" has 15 hours in lieu
    When "Fay" takes 15 hours off
    Then the hours banked by "Fay" are 0
    When "Fay" works 15 extra hours
    Then the hours banked by "Fay" are 15
