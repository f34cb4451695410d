Feature: Pollen forecast
  Grass pollen is counted in grains per cubic metre of air. Under 30 is low, 30 to 49 is
  moderate, 50 to 149 is high and 150 or more is very high. The hay fever alert goes out
  from 50 grains.

  Scenario Outline: grading the morning count
    Given the grass pollen count is <count> grains per cubic metre
    When the pollen level is graded
    Then the level is "<level>"
    And the hay fever alert goes out: <alert>

    Examples:
      | count | level     | alert |
      | 0     | low       | no    |
      | 12    | low       | no    |
      | 29    | low       | no    |
      | 30    | moderate  | no    |
      | 49    | moderate  | no    |
      | 50    | high      | yes   |
      | 149   | high      | yes   |
      | 150   | very high | yes   |
      | 412   | very high | yes   |
