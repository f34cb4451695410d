Feature: Broadband comparison
  Of the three monthly prices quoted to the customer, the lowest one is shown as the best price.

  Scenario Outline: finding the best monthly price
    Given quotes of <first>, <second> and <third> a month
    When the quotes are compared
    Then the best price is <best>

    Examples:
      | first | second | third | best  |
      | 29.99 | 24.99  | 34.99 | 24.99 |
      | 30    | 30     | 25    | 25    |
      | 19    | 45     | 22    | 19    |
      | 40    | 35     | 35    | 35    |
      | 50    | 60     | 49.5  | 49.5  |
