Feature: Water hardness

  Scenario Outline: describing the tap water
    Given the water has <mg> mg of calcium carbonate per litre
    When the hardness is looked up
    Then the water is called "<name>"

    Examples:
      | mg  | name            |
      | 42  | soft            |
      | 75  | moderately hard |
      | 118 | moderately hard |
      | 121 | hard            |
      | 181 | very hard       |
      | 200 | very hard       |
