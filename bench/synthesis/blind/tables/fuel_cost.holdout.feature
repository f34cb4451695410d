Feature: Trip fuel estimate
  Fuel cost is the distance divided by 100, times the litres used per 100 km, times the price per litre, rounded to the cent.

  Scenario Outline: estimating the fuel for a trip
    Given a trip of <km> km
    And the car uses <litres> litres per 100 km
    And fuel costs <price> per litre
    When the fuel cost is estimated
    Then the fuel will cost <cost>

    Examples:
      | km   | litres | price | cost |
      | 320  | 7      | 1.75  | 39.2 |
      | 1000 | 4.5    | 2.1   | 94.5 |
      | 80   | 10     | 1.5   | 12   |
      | 35   | 6.5    | 1.99  | 4.53 |
