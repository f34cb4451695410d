Feature: Charging session receipt
  A session costs the energy delivered times the price per kWh, plus a 0.35
  connection fee. The total is rounded to the cent, half a cent up.

  Scenario Outline: receipt for a session
    Given <kwh> kWh were delivered
    And the price is <price> per kWh
    When the charging session ends
    Then the receipt total is <total>

    Examples:
      | kwh   | price | total |
      | 10    | 0.40  | 4.35  |
      | 0     | 0.45  | 0.35  |
      | 22.5  | 0.39  | 9.13  |
      | 7.3   | 0.52  | 4.15  |
      | 31.25 | 0.48  | 15.35 |
      | 12.8  | 0.59  | 7.90  |
      | 45.6  | 0.41  | 19.05 |
      | 18.5  | 0.47  | 9.05  |
      | 60    | 0.35  | 21.35 |
