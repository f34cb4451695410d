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
      | 20      | no           | 0        | 45.00  |
      | 30      | no           | 0        | 45.00  |
      | 31      | no           | 1        | 57.00  |
      | 45      | no           | 1        | 57.00  |
      | 46      | no           | 2        | 69.00  |
      | 90      | no           | 4        | 93.00  |
      | 30      | yes          | 0        | 67.50  |
      | 46      | yes          | 2        | 103.50 |
      | 75      | yes          | 3        | 121.50 |
