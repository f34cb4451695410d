Feature: Water hardness

  Scenario Outline: describing the tap water
    Given the water has <mg> mg of calcium carbonate per litre
    When the hardness is looked up
    Then the water is called "<name>"

    Examples:
      | mg  | name            |
      | 0   | soft            |
      | 15  | soft            |
      | 59  | soft            |
      | 60  | moderately hard |
      | 119 | moderately hard |
      | 120 | hard            |
      | 179 | hard            |
      | 180 | very hard       |
      | 310 | very hard       |
