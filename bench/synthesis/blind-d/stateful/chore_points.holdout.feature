Feature: Chore points

  Scenario: saving up for a comic
    Given "Sam" has 0 points
    When "Sam" earns 8 points for "recycling"
    And "Sam" spends 10 points on "comic"
    Then the purchase is refused with "Sam needs 2 more points"
    When "Sam" earns 2 points for "walking the dog"
    And "Sam" spends 10 points on "comic"
    Then "Sam" has 0 points now
    And the last entry for "Sam" reads "-10 comic"

  Scenario: two children on the same day
    Given "Ivy" has 50 points
    And "Max" has 3 points
    When "Max" earns 20 points for "garden"
    And "Ivy" spends 25 points on "sleepover"
    Then "Ivy" has 25 points now
    And "Max" has 23 points now
    And the last entry for "Max" reads "+20 garden"
