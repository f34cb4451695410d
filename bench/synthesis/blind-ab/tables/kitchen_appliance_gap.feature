Feature: Will it fit
  An appliance should have at least 20 mm to spare in its gap. With less than that it still
  goes in, but only just; if it is wider than the gap it will not go in at all.

  Scenario Outline: measuring up for a new appliance
    Given a gap <gap> mm wide
    And an appliance <width> mm wide
    When the kitchen fitter measures up
    Then the verdict is "<verdict>"

    Examples:
      | gap | width | verdict   |
      | 620 | 600   | fits      |
      | 619 | 600   | tight fit |
      | 600 | 600   | tight fit |
      | 599 | 600   | too wide  |
      | 650 | 600   | fits      |
      | 600 | 597   | tight fit |
      | 500 | 450   | fits      |
      | 450 | 460   | too wide  |
      | 610 | 595   | tight fit |
