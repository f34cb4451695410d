Feature: Cashing up the till
  At closing the cash in the drawer is counted and compared with what the till expects.
  More cash than expected means the till is over, less means it is short, and the
  difference is written down either way.

  Scenario Outline: cashing up at closing
    Given the till expects <expected>
    And <counted> is counted in the drawer
    When the till is cashed up
    Then the till is "<result>"
    And the difference is <difference>

    Examples:
      | expected | counted | result   | difference |
      | 250.00   | 250.00  | balanced | 0.00       |
      | 250.00   | 250.01  | over     | 0.01       |
      | 250.00   | 249.99  | short    | 0.01       |
      | 412.35   | 402.35  | short    | 10.00      |
      | 187.60   | 200.00  | over     | 12.40      |
      | 1034.20  | 1000.00 | short    | 34.20      |
      | 96.45    | 96.45   | balanced | 0.00       |
      | 300.00   | 305.50  | over     | 5.50       |
