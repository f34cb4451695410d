Feature: Fuel cost of a trip
  The car burns its consumption in litres for every 100 km. The cost is the
  litres times the price per litre, rounded to the nearest cent, half a cent up.

  Scenario Outline: cost of a trip
    Given a trip of <km> km
    And a car using <consumption> litres per 100 km
    And fuel at <price> euros per litre
    When the trip is costed
    Then the fuel costs <cost> euros

    Examples:
      | km  | consumption | price | cost  |
      | 200 | 5.0         | 1.90  | 19.00 |
      | 120 | 6.5         | 1.70  | 13.26 |
      | 33  | 7.0         | 1.85  | 4.27  |
      | 450 | 4.8         | 1.699 | 36.70 |
      | 25  | 5.0         | 1.85  | 2.31  |
      | 50  | 5.0         | 1.65  | 4.13  |
