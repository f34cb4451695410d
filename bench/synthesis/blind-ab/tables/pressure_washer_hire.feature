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
      | 1    | no    | 24.00  |
      | 2    | no    | 36.00  |
      | 4    | no    | 60.00  |
      | 5    | no    | 72.00  |
      | 6    | no    | 72.00  |
      | 7    | no    | 72.00  |
      | 8    | no    | 96.00  |
      | 14   | no    | 144.00 |
      | 3    | yes   | 38.40  |
