Feature: Oven temperatures in recipes
  Imported recipes give oven temperatures in Fahrenheit.
  We show them in Celsius, rounded to the nearest whole degree.

  Scenario Outline: converting an oven temperature
    Given a recipe that says bake at <fahrenheit> F
    When the recipe is imported
    Then the recipe says bake at <celsius> C

    Examples:
      | fahrenheit | celsius |
      | 375        | 191     |
      | 425        | 218     |
      | 300        | 149     |
      | 250        | 121     |
