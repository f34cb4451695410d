Feature: Free throw percentage

  Scenario Outline: a player's free throws
    Given <made> free throws made out of <attempts>
    When the percentage is worked out
    Then the free throw percentage is "<percentage>"

    Examples:
      | made | attempts | percentage |
      | 3    | 4        | 75.0%      |
      | 5    | 7        | 71.4%      |
      | 0    | 2        | 0.0%       |
      | 11   | 12       | 91.7%      |
      | 20   | 23       | 87.0%      |
      | 4    | 9        | 44.4%      |
