Feature: Oven temperatures for an American cookbook

  Scenario Outline: Celsius to Fahrenheit
    Given an oven set to <celsius> degrees Celsius
    When the temperature is converted
    Then it reads <fahrenheit> degrees Fahrenheit

    Examples:
      | celsius | fahrenheit |
      | 0       | 32         |
      | 100     | 212        |
      | 180     | 356        |
      | 200     | 392        |
      | -40     | -40        |
      | 37      | 98.6       |
      | 220     | 428        |
      | 150     | 302        |
