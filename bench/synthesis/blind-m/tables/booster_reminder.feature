Feature: Vet booster reminders

  Scenario Outline: writing a booster reminder
    Given a pet called "<pet>"
    And its booster is due on "<due>"
    And today is "<today>"
    When the reminder is written
    Then the reminder says "<text>"

    Examples:
      | pet           | due        | today      | text                                       |
      | Rex           | 2026-05-20 | 2026-05-17 | Rex is due a booster in 3 days             |
      | Bella         | 2026-05-18 | 2026-05-17 | Bella is due a booster tomorrow            |
      | Milo          | 2026-06-01 | 2026-06-01 | Milo is due a booster today                |
      | Luna          | 2026-06-01 | 2026-06-02 | Luna's booster is 1 day overdue            |
      | Captain Fluff | 2026-03-28 | 2026-04-09 | Captain Fluff's booster is 12 days overdue |
      | Coco          | 2026-07-02 | 2026-06-28 | Coco is due a booster in 4 days            |
      | Oscar         | 2027-01-03 | 2026-12-30 | Oscar is due a booster in 4 days           |
      | Daisy         | 2026-02-27 | 2026-03-02 | Daisy's booster is 3 days overdue          |
      | Max           | 2026-09-30 | 2026-09-28 | Max is due a booster in 2 days             |
