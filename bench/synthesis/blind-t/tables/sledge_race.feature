Feature: Sledge race

  Scenario Outline: judging a run
    Given the red sledge took <red> seconds
    And the blue sledge took <blue> seconds
    When the run is judged
    Then the result is "<result>"
    And the margin is <margin> seconds

    Examples:
      | red  | blue | result    | margin |
      | 48.7 | 49.2 | red wins  | 0.5    |
      | 50.1 | 49.8 | blue wins | 0.3    |
      | 47.0 | 47.0 | dead heat | 0.0    |
      | 52.4 | 45.9 | blue wins | 6.5    |
      | 44.0 | 45.0 | red wins  | 1.0    |
      | 46.3 | 46.4 | red wins  | 0.1    |
      | 61.2 | 59.9 | blue wins | 1.3    |
      | 55.5 | 55.5 | dead heat | 0.0    |
