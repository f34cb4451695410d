Feature: Speed limits for visitors
  The touring app shows each speed limit in km/h and in mph. One mile is
  1.609344 km; the mph figure is rounded to the nearest whole number.

  Scenario Outline: showing a limit
    Given a speed limit of <kmh> km/h
    When it is shown to a visitor from the UK
    Then the visitor sees "<shown>"

    Examples:
      | kmh | shown             |
      | 20  | 20 km/h (12 mph)  |
      | 40  | 40 km/h (25 mph)  |
      | 70  | 70 km/h (43 mph)  |
      | 10  | 10 km/h (6 mph)   |
      | 140 | 140 km/h (87 mph) |
      | 45  | 45 km/h (28 mph)  |
