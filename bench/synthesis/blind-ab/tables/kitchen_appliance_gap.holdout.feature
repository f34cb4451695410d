Feature: Will it fit
  An appliance should have at least 20 mm to spare in its gap. With less than that it still
  goes in, but only just; if it is wider than the gap it will not go in at all.

  Scenario Outline: measuring up for a new appliance
    Given a gap <gap> mm wide
    And an appliance <width> mm wide
    When the kitchen fitter measures up
    Then the verdict is "<verdict>"

    Examples:
      | gap  | width | verdict   |
      | 700  | 600   | fits      |
      | 900  | 880   | fits      |
      | 900  | 881   | tight fit |
      | 300  | 320   | too wide  |
      | 598  | 597   | tight fit |
      | 1200 | 1000  | fits      |
