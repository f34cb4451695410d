Feature: Invoice due dates
  An invoice is due 30 days after its invoice date. If that day is a Saturday or a
  Sunday, the invoice is due on the Monday after.

  Scenario Outline: due date of an invoice
    Given an invoice dated "<invoiced>"
    When the due date is set
    Then the invoice is due on "<due>"
    And that is a "<weekday>"

    Examples:
      | invoiced   | due        | weekday   |
      | 2026-06-01 | 2026-07-01 | Wednesday |
      | 2026-06-05 | 2026-07-06 | Monday    |
      | 2026-06-04 | 2026-07-06 | Monday    |
      | 2026-06-07 | 2026-07-07 | Tuesday   |
      | 2026-12-15 | 2027-01-14 | Thursday  |
      | 2026-01-30 | 2026-03-02 | Monday    |
      | 2026-10-01 | 2026-11-02 | Monday    |
      | 2027-02-01 | 2027-03-03 | Wednesday |
