Feature: Boat speed display
  The log measures speed in knots. The dashboard shows it in km/h, taking 1 knot
  as 1.852 km/h, rounded to one decimal.

  Scenario Outline: showing the speed
    Given the boat is making <knots> knots
    When the speed is converted
    Then the dashboard shows <kmh> km/h

    Examples:
      | knots | kmh  |
      | 0     | 0.0  |
      | 1     | 1.9  |
      | 5     | 9.3  |
      | 10    | 18.5 |
      | 7.5   | 13.9 |
      | 20    | 37.0 |
      | 3.2   | 5.9  |
      | 33    | 61.1 |
      | 0.5   | 0.9  |
