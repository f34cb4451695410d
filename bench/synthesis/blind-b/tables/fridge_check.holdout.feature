Feature: Cold storage checks

  Scenario Outline: logging a temperature reading
    Given the unit must stay between <low> and <high> degrees
    And the thermometer reads <reading> degrees
    When the reading is logged
    Then the reading is marked "<status>"

    Examples:
      | low | high | reading | status   |
      | 0   | 4    | 3.5     | ok       |
      | 0   | 4    | 4.5     | too warm |
      | -22 | -16  | -23     | too cold |
      | 8   | 12   | 12      | ok       |
      | 8   | 12   | 7.9     | too cold |
