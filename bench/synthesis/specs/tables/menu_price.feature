Feature: Printed menu

  Scenario Outline: printing the price of a dish
    Given a dish that costs <cents> cents
    When the menu is printed
    Then the price reads "<label>"

    Examples:
      | cents | label  |
      | 450   | €4.50  |
      | 1295  | €12.95 |
      | 99    | €0.99  |
      | 1000  | €10.00 |
      | 5     | €0.05  |
      | 2310  | €23.10 |
