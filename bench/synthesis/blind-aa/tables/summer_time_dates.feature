Feature: Clock changes on the calendar
  The clocks go forward on the last Sunday in March and back on the last Sunday in
  October.

  Scenario Outline: marking the clock changes
    Given the calendar for <year>
    When the clock changes are marked
    Then the clocks go forward on "<forward>"
    And the clocks go back on "<back>"

    Examples:
      | year | forward    | back       |
      | 2023 | 2023-03-26 | 2023-10-29 |
      | 2024 | 2024-03-31 | 2024-10-27 |
      | 2025 | 2025-03-30 | 2025-10-26 |
      | 2026 | 2026-03-29 | 2026-10-25 |
      | 2027 | 2027-03-28 | 2027-10-31 |
      | 2028 | 2028-03-26 | 2028-10-29 |
      | 2029 | 2029-03-25 | 2029-10-28 |
      | 2030 | 2030-03-31 | 2030-10-27 |
