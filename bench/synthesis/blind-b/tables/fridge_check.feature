Feature: Cold storage checks

  Scenario Outline: logging a temperature reading
    Given the unit must stay between <low> and <high> degrees
    And the thermometer reads <reading> degrees
    When the reading is logged
    Then the reading is marked "<status>"

    Examples:
      | low | high | reading | status   |
      | 2   | 6    | 4       | ok       |
      | 2   | 6    | 2       | ok       |
      | 2   | 6    | 6       | ok       |
      | 2   | 6    | 1.5     | too cold |
      | 2   | 6    | 7       | too warm |
      | -25 | -18  | -20     | ok       |
      | -25 | -18  | -15     | too warm |
      | -25 | -18  | -26     | too cold |
