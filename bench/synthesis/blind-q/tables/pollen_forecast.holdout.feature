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
      | 7     | low       | no    |
      | 35    | moderate  | no    |
      | 88    | high      | yes   |
      | 148   | high      | yes   |
      | 151   | very high | yes   |
      | 1000  | very high | yes   |
