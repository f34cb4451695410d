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
      | 100      | 5           | 1.80  | 9.00   |
      | 0        | 6           | 1.75  | 0.00   |
      | 350      | 6.5         | 1.799 | 40.93  |
      | 42       | 7.2         | 1.659 | 5.02   |
      | 1000     | 4.8         | 1.70  | 81.60  |
      | 250      | 8           | 1.85  | 37.00  |
      | 123      | 5.5         | 1.919 | 12.98  |
      | 600      | 12.5        | 1.60  | 120.00 |
