Feature: Membership tier
  A member is gold with 5000 points or more, or with 3000 points or more after
  at least 5 years. Otherwise a member is silver with 1000 points or more, or
  after at least 3 years. Everyone else is bronze. Points needed is how many
  more points would lift the member to the next tier with their current years;
  gold members need 0.

  Scenario Outline: working out the tier
    Given a member with <points> points
    And <years> years of membership
    When the tier is worked out
    Then the tier is <tier>
    And points needed for the next tier: <needed>

    Examples:
      | points | years | tier   | needed |
      | 4999   | 10    | gold   | 0      |
      | 3000   | 5     | gold   | 0      |
      | 2999   | 5     | silver | 1      |
      | 100    | 1     | bronze | 900    |
      | 1200   | 2     | silver | 3800   |
      | 50     | 8     | silver | 2950   |
