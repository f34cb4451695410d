Feature: Trip fuel estimate
  Fuel cost is the distance divided by 100, times the litres used per 100 km, times the price per litre, rounded to the cent.

  Scenario Outline: estimating the fuel for a trip
    Given a trip of <km> km
    And the car uses <litres> litres per 100 km
    And fuel costs <price> per litre
    When the fuel cost is estimated
    Then the fuel will cost <cost>

    Examples:
      | km  | litres | price | cost  |
      | 100 | 5      | 2     | 10    |
      | 250 | 6      | 1.8   | 27    |
      | 50  | 8      | 2     | 8     |
      | 400 | 5.5    | 1.9   | 41.8  |
      | 0   | 6      | 2     | 0     |
      | 120 | 7      | 1.85  | 15.54 |
