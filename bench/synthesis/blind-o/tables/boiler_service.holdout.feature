Feature: Boiler service reminder

  Scenario Outline: checking when the boiler is next due
    Given the boiler was last serviced on "<last>"
    And today is "<today>"
    When the service reminder is checked
    Then the next service is due on "<due>"
    And the reminder says "<reminder>"

    Examples:
      | last       | today      | due        | reminder          |
      | 2026-09-01 | 2027-08-25 | 2027-09-01 | due in 7 days     |
      | 2027-02-10 | 2028-02-10 | 2028-02-10 | due today         |
      | 2026-04-30 | 2027-05-02 | 2027-04-30 | overdue by 2 days |
      | 2027-03-01 | 2028-02-28 | 2028-03-01 | due in 2 days     |
      | 2026-07-07 | 2026-07-08 | 2027-07-07 | due in 364 days   |
      | 2025-10-10 | 2026-10-11 | 2026-10-10 | overdue by 1 day  |
