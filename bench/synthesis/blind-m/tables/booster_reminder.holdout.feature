Feature: Vet booster reminders

  Scenario Outline: writing a booster reminder
    Given a pet called "<pet>"
    And its booster is due on "<due>"
    And today is "<today>"
    When the reminder is written
    Then the reminder says "<text>"

    Examples:
      | pet         | due        | today      | text                                   |
      | Pepper      | 2026-08-10 | 2026-08-10 | Pepper is due a booster today          |
      | Teddy       | 2026-11-01 | 2026-10-31 | Teddy is due a booster tomorrow        |
      | Nala        | 2026-04-30 | 2026-05-05 | Nala's booster is 5 days overdue       |
      | Biscuit     | 2027-01-01 | 2026-12-20 | Biscuit is due a booster in 12 days    |
      | Ginger Snap | 2026-10-14 | 2026-10-15 | Ginger Snap's booster is 1 day overdue |
      | Rocky       | 2028-03-01 | 2028-02-27 | Rocky is due a booster in 3 days       |
