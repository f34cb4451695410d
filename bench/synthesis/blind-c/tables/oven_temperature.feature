Feature: Oven temperature conversion
  A recipe temperature in degrees Celsius is converted to Fahrenheit by
  multiplying by 9, dividing by 5 and adding 32. The oven dial moves in steps
  of 5 degrees, so the result is rounded to the nearest multiple of 5.

  Scenario Outline: setting a Fahrenheit oven
    Given a recipe temperature of <celsius> degrees Celsius
    When the temperature is converted for a Fahrenheit oven
    Then the dial is set to <fahrenheit> degrees Fahrenheit

    Examples:
      | celsius | fahrenheit |
      | 180     | 355        |
      | 200     | 390        |
      | 220     | 430        |
      | 160     | 320        |
      | 150     | 300        |
      | 190     | 375        |
      | 175     | 345        |
