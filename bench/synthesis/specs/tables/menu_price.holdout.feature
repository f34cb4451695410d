Feature: Printed menu

  Scenario Outline: printing the price of a dish
    Given a dish that costs <cents> cents
    When the menu is printed
    Then the price reads "<label>"

    Examples:
      | cents | label   |
      | 700   | €7.00   |
      | 1     | €0.01   |
      | 12345 | €123.45 |
      | 80    | €0.80   |
