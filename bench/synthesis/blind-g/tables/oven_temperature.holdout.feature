Feature: Oven temperatures for an American cookbook

  Scenario Outline: Celsius to Fahrenheit
    Given an oven set to <celsius> degrees Celsius
    When the temperature is converted
    Then it reads <fahrenheit> degrees Fahrenheit

    Examples:
      | celsius | fahrenheit |
      | 160     | 320        |
      | 250     | 482        |
      | 21      | 69.8       |
      | -10     | 14         |
      | 90      | 194        |
      | 175     | 347        |
