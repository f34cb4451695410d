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
      | 75.10    | 75.10   | balanced | 0.00       |
      | 520.00   | 519.50  | short    | 0.50       |
      | 0.00     | 20.00   | over     | 20.00      |
      | 2450.75  | 2460.00 | over     | 9.25       |
      | 133.33   | 100.00  | short    | 33.33      |
      | 48.90    | 50.05   | over     | 1.15       |
