Feature: Orienteering score event
  Runners have 45 minutes to find as many controls as they can, and each control is worth 10
  points. Times are minutes and seconds from the start. Anyone back after 45:00 loses 3 points
  for every minute or part of a minute over. A score never goes below 0.

  Scenario Outline: the score for a run
    Given a runner finds <controls> controls
    And the runner is back at "<time>"
    When the score is added up
    Then the score is <score>

    Examples:
      | controls | time  | score |
      | 12       | 38:20 | 120   |
      | 12       | 45:00 | 120   |
      | 12       | 45:01 | 117   |
      | 9        | 46:00 | 87    |
      | 9        | 46:01 | 84    |
      | 15       | 52:30 | 126   |
      | 3        | 51:10 | 9     |
      | 2        | 55:00 | 0     |
      | 0        | 20:15 | 0     |
