Feature: Mattress firmness

  Scenario Outline: suggesting a mattress for a sleeper
    Given the sleeper weighs <kg> kg
    When the shop suggests a mattress
    Then the suggested firmness is "<firmness>"

    Examples:
      | kg  | firmness   |
      | 45  | soft       |
      | 59  | soft       |
      | 60  | medium     |
      | 75  | medium     |
      | 89  | medium     |
      | 90  | firm       |
      | 119 | firm       |
      | 120 | extra firm |
      | 140 | extra firm |
