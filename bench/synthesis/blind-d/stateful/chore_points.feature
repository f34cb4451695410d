Feature: Chore points

  Scenario: earning points for chores
    Given "Mia" has 0 points
    When "Mia" earns 15 points for "dishes"
    And "Mia" earns 10 points for "laundry"
    Then "Mia" has 25 points now
    And the last entry for "Mia" reads "+10 laundry"

  Scenario: spending points on a reward
    Given "Mia" has 30 points
    When "Mia" spends 20 points on "movie night"
    Then "Mia" has 10 points now
    And the last entry for "Mia" reads "-20 movie night"

  Scenario: not enough points
    Given "Mia" has 12 points
    When "Mia" spends 15 points on "ice cream"
    Then the purchase is refused with "Mia needs 3 more points"
    And "Mia" has 12 points now

  Scenario: each child has their own points
    Given "Mia" has 5 points
    And "Leo" has 40 points
    When "Leo" spends 40 points on "video game"
    And "Mia" earns 5 points for "homework"
    Then "Leo" has 0 points now
    And "Mia" has 10 points now
    And the last entry for "Leo" reads "-40 video game"
