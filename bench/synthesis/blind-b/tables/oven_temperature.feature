Feature: Oven temperatures in recipes
  Imported recipes give oven temperatures in Fahrenheit.
  We show them in Celsius, rounded to the nearest whole degree.

  Scenario Outline: converting an oven temperature
    Given a recipe that says bake at <fahrenheit> F
    When the recipe is imported
    Then the recipe says bake at <celsius> C

    Examples:
      | fahrenheit | celsius |
      | 350        | 177     |
      | 400        | 204     |
      | 212        | 100     |
      | 32         | 0       |
      | 450        | 232     |
      | 325        | 163     |
      | 180        | 82      |
