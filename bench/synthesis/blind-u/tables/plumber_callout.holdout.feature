Feature: Plumber call-out charge
  The 45.00 call-out fee covers the first 30 minutes on site. After that, every quarter of an
  hour that has been started costs 12.00. Evening and weekend visits cost half as much again
  on the whole bill.

  Scenario Outline: charging a visit
    Given the plumber is on site for <minutes> minutes
    And it is an evening or weekend visit: <out_of_hours>
    When the call-out is charged
    Then the extra quarter hours charged are <quarters>
    And the charge is <charge>

    Examples:
      | minutes | out_of_hours | quarters | charge |
      | 15      | yes          | 0        | 67.50  |
      | 60      | no           | 2        | 69.00  |
      | 61      | no           | 3        | 81.00  |
      | 100     | yes          | 5        | 157.50 |
      | 120     | no           | 6        | 117.00 |
      | 31      | yes          | 1        | 85.50  |
