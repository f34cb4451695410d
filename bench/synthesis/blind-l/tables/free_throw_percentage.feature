Feature: Free throw percentage

  Scenario Outline: a player's free throws
    Given <made> free throws made out of <attempts>
    When the percentage is worked out
    Then the free throw percentage is "<percentage>"

    Examples:
      | made | attempts | percentage  |
      | 7    | 10       | 70.0%       |
      | 0    | 5        | 0.0%        |
      | 5    | 5        | 100.0%      |
      | 2    | 3        | 66.7%       |
      | 1    | 3        | 33.3%       |
      | 0    | 0        | no attempts |
      | 45   | 61       | 73.8%       |
      | 9    | 11       | 81.8%       |
      | 1    | 6        | 16.7%       |
