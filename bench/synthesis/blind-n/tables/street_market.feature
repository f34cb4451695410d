Feature: Street market

  Scenario Outline: is the market on
    Given the date "<date>"
    When I check the market calendar
    Then the day is "<day>"
    And the market is on: <on>

    Examples:
      | date       | day       | on  |
      | 2026-12-16 | Wednesday | yes |
      | 2026-12-03 | Thursday  | no  |
      | 2026-12-04 | Friday    | no  |
      | 2026-12-05 | Saturday  | yes |
      | 2026-12-06 | Sunday    | no  |
      | 2026-12-07 | Monday    | no  |
      | 2026-12-08 | Tuesday   | no  |
      | 2026-12-19 | Saturday  | yes |
      | 2027-01-02 | Saturday  | yes |
