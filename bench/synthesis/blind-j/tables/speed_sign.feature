Feature: Speed limits for visitors
  The touring app shows each speed limit in km/h and in mph. One mile is
  1.609344 km; the mph figure is rounded to the nearest whole number.

  Scenario Outline: showing a limit
    Given a speed limit of <kmh> km/h
    When it is shown to a visitor from the UK
    Then the visitor sees "<shown>"

    Examples:
      | kmh | shown             |
      | 30  | 30 km/h (19 mph)  |
      | 50  | 50 km/h (31 mph)  |
      | 60  | 60 km/h (37 mph)  |
      | 80  | 80 km/h (50 mph)  |
      | 90  | 90 km/h (56 mph)  |
      | 100 | 100 km/h (62 mph) |
      | 110 | 110 km/h (68 mph) |
      | 120 | 120 km/h (75 mph) |
      | 130 | 130 km/h (81 mph) |
