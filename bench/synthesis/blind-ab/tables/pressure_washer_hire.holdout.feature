Feature: Pressure washer hire
  The washer costs 24.00 for the first day and 12.00 for each day after that, but a week
  never costs more than 72.00. Longer hires pay 72.00 for each full week, and the days left
  over are charged the same way, again at most 72.00. Trade account holders get 20% off.

  Scenario Outline: the hire charge
    Given the number of hire days is <days>
    And the customer has a trade account: <trade>
    When the hire desk totals the hire
    Then the hire charge is <charge>

    Examples:
      | days | trade | charge |
      | 9    | no    | 108.00 |
      | 12   | no    | 144.00 |
      | 21   | no    | 216.00 |
      | 1    | yes   | 19.20  |
      | 10   | yes   | 96.00  |
      | 30   | yes   | 259.20 |
