Feature: Street market

  Scenario Outline: is the market on
    Given the date "<date>"
    When I check the market calendar
    Then the day is "<day>"
    And the market is on: <on>

    Examples:
      | date       | day       | on  |
      | 2026-12-09 | Wednesday | yes |
      | 2026-12-12 | Saturday  | yes |
      | 2027-01-01 | Friday    | no  |
      | 2026-11-30 | Monday    | no  |
      | 2027-03-03 | Wednesday | yes |
      | 2026-12-31 | Thursday  | no  |
