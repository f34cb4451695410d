Feature: Temperatures for visitors from the US
  Fahrenheit is the Celsius temperature times 9, divided by 5, plus 32.

  Scenario Outline: converting a forecast temperature
    Given the forecast says <celsius> degrees Celsius
    When the temperature is converted for US visitors
    Then it is <fahrenheit> degrees Fahrenheit

    Examples:
      | celsius | fahrenheit |
      | 0       | 32         |
      | 100     | 212        |
      | 20      | 68         |
      | -40     | -40        |
      | 37      | 98.6       |
      | 25      | 77         |
      | -10     | 14         |
