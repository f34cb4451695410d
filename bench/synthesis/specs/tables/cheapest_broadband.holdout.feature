Feature: Broadband comparison
  Of the three monthly prices quoted to the customer, the lowest one is shown as the best price.

  Scenario Outline: finding the best monthly price
    Given quotes of <first>, <second> and <third> a month
    When the quotes are compared
    Then the best price is <best>

    Examples:
      | first | second | third | best  |
      | 15    | 15     | 15    | 15    |
      | 60    | 12.5   | 70    | 12.5  |
      | 80    | 90     | 79.99 | 79.99 |
