Feature: Fuel for a road trip
  The fuel needed is the distance times the car's consumption per 100 km. The
  cost is the fuel needed times the price per litre, rounded to the nearest cent.

  Scenario Outline: cost of the fuel for a trip
    Given a trip of <distance> km
    And a car that uses <consumption> litres per 100 km
    And fuel at <price> euros per litre
    When the fuel cost is estimated
    Then the fuel costs <cost> euros

    Examples:
      | distance | consumption | price | cost   |
      | 80       | 6           | 1.75  | 8.40   |
      | 515      | 5.9         | 1.689 | 51.32  |
      | 1200     | 7           | 1.80  | 151.20 |
      | 35       | 9.5         | 1.899 | 6.31   |
      | 760      | 4.4         | 1.72  | 57.52  |
