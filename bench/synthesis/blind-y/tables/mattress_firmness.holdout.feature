Feature: Mattress firmness

  Scenario Outline: suggesting a mattress for a sleeper
    Given the sleeper weighs <kg> kg
    When the shop suggests a mattress
    Then the suggested firmness is "<firmness>"

    Examples:
      | kg  | firmness   |
      | 38  | soft       |
      | 52  | soft       |
      | 68  | medium     |
      | 104 | firm       |
      | 131 | extra firm |
      | 175 | extra firm |
