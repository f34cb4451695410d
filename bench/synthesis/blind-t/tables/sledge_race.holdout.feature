Feature: Sledge race

  Scenario Outline: judging a run
    Given the red sledge took <red> seconds
    And the blue sledge took <blue> seconds
    When the run is judged
    Then the result is "<result>"
    And the margin is <margin> seconds

    Examples:
      | red  | blue | result    | margin |
      | 49.9 | 50.0 | red wins  | 0.1    |
      | 53.8 | 51.2 | blue wins | 2.6    |
      | 46.6 | 46.6 | dead heat | 0.0    |
      | 58.0 | 63.4 | red wins  | 5.4    |
      | 45.5 | 45.1 | blue wins | 0.4    |
