Feature: Invoice due dates
  An invoice is due 30 days after its invoice date. If that day is a Saturday or a
  Sunday, the invoice is due on the Monday after.

  Scenario Outline: due date of an invoice
    Given an invoice dated "<invoiced>"
    When the due date is set
    Then the invoice is due on "<due>"
    And that is a "<weekday>"

    Examples:
      | invoiced   | due        | weekday |
      | 2026-07-10 | 2026-08-10 | Monday  |
      | 2026-07-11 | 2026-08-10 | Monday  |
      | 2026-12-02 | 2027-01-01 | Friday  |
      | 2028-01-30 | 2028-02-29 | Tuesday |
      | 2026-09-04 | 2026-10-05 | Monday  |
      | 2026-04-02 | 2026-05-04 | Monday  |
