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
      | 6000   | 1     | gold   | 0      |
      | 3500   | 5     | gold   | 0      |
      | 3500   | 4     | silver | 1500   |
      | 2500   | 6     | silver | 500    |
      | 1000   | 0     | silver | 4000   |
      | 999    | 2     | bronze | 1      |
      | 200    | 3     | silver | 4800   |
      | 0      | 0     | bronze | 1000   |
