Feature: Charging session receipt
  A session costs the energy delivered times the price per kWh, plus a 0.35
  connection fee. The total is rounded to the cent, half a cent up.

  Scenario Outline: receipt for a session
    Given <kwh> kWh were delivered
    And the price is <price> per kWh
    When the charging session ends
    Then the receipt total is <total>

    Examples:
      | kwh  | price | total |
      | 16.5 | 0.43  | 7.45  |
      | 5    | 0.49  | 2.80  |
      | 27.7 | 0.55  | 15.59 |
      | 0.4  | 0.60  | 0.59  |
      | 50.2 | 0.38  | 19.43 |
      | 11.1 | 0.50  | 5.90  |
