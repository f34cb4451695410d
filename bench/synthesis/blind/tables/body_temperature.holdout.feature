Feature: Temperature chart
  Readings are taken in Celsius and also shown in Fahrenheit: multiply by 9/5 and add 32.

  Scenario Outline: converting a patient's reading
    Given a patient's temperature of <celsius> degrees Celsius
    When the reading is converted
    Then the chart shows <fahrenheit> degrees Fahrenheit

    Examples:
      | celsius | fahrenheit |
      | 39      | 102.2      |
      | 42      | 107.6      |
      | 36      | 96.8       |
      | 37.5    | 99.5       |
      | 34      | 93.2       |
