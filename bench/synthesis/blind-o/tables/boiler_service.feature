Feature: Boiler service reminder

  Scenario Outline: checking when the boiler is next due
    Given the boiler was last serviced on "<last>"
    And today is "<today>"
    When the service reminder is checked
    Then the next service is due on "<due>"
    And the reminder says "<reminder>"

    Examples:
      | last       | today      | due        | reminder            |
      | 2025-12-10 | 2026-12-05 | 2026-12-10 | due in 5 days       |
      | 2025-12-10 | 2026-12-09 | 2026-12-10 | due in 1 day        |
      | 2025-12-10 | 2026-12-10 | 2026-12-10 | due today           |
      | 2025-12-10 | 2026-12-11 | 2026-12-10 | overdue by 1 day    |
      | 2025-11-20 | 2026-12-05 | 2026-11-20 | overdue by 15 days  |
      | 2026-03-15 | 2026-04-01 | 2027-03-15 | due in 348 days     |
      | 2024-06-30 | 2026-01-02 | 2025-06-30 | overdue by 186 days |
      | 2027-05-20 | 2028-05-01 | 2028-05-20 | due in 19 days      |
      | 2025-01-31 | 2026-02-10 | 2026-01-31 | overdue by 10 days  |
