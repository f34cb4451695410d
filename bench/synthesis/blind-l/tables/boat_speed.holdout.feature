Feature: Boat speed display
  The log measures speed in knots. The dashboard shows it in km/h, taking 1 knot
  as 1.852 km/h, rounded to one decimal.

  Scenario Outline: showing the speed
    Given the boat is making <knots> knots
    When the speed is converted
    Then the dashboard shows <kmh> km/h

    Examples:
      | knots | kmh  |
      | 2     | 3.7  |
      | 15    | 27.8 |
      | 8.4   | 15.6 |
      | 25    | 46.3 |
      | 0.8   | 1.5  |
      | 41    | 75.9 |
