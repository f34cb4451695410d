Feature: Temperature chart
  Readings are taken in Celsius and also shown in Fahrenheit: multiply by 9/5 and add 32.

  Scenario Outline: converting a patient's reading
    Given a patient's temperature of <celsius> degrees Celsius
    When the reading is converted
    Then the chart shows <fahrenheit> degrees Fahrenheit

    Examples:
      | celsius | fahrenheit |
      | 37      | 98.6       |
      | 38      | 100.4      |
      | 36.5    | 97.7       |
      | 40      | 104        |
      | 35      | 95         |
