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
      | 100 | 5.0         | 1.80  | 9.00  |
      | 250 | 6.4         | 1.75  | 28.00 |
      | 0   | 7.0         | 1.90  | 0.00  |
      | 42  | 5.5         | 1.79  | 4.13  |
      | 530 | 4.2         | 1.659 | 36.93 |
      | 15  | 8.0         | 1.85  | 2.22  |
      | 300 | 7.5         | 1.60  | 36.00 |
      | 75  | 6.0         | 1.75  | 7.88  |
