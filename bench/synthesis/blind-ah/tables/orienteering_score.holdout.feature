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
      | 7        | 44:59 | 70    |
      | 11       | 47:30 | 101   |
      | 20       | 58:05 | 158   |
      | 5        | 49:00 | 38    |
      | 4        | 62:00 | 0     |
      | 14       | 45:59 | 137   |
