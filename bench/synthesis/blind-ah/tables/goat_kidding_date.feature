Feature: Goat kidding date
  A nanny goat carries her kids for 150 days, so the kids are due 150 days after the day she was
  mated.

  Scenario Outline: when the kids are due
    Given a nanny goat was mated on "<mated>"
    When the due date is worked out
    Then the kids are due on "<due>"

    Examples:
      | mated      | due        |
      | 2026-10-01 | 2027-02-28 |
      | 2026-10-02 | 2027-03-01 |
      | 2027-10-02 | 2028-02-29 |
      | 2027-10-03 | 2028-03-01 |
      | 2026-01-15 | 2026-06-14 |
      | 2026-08-20 | 2027-01-17 |
      | 2028-01-10 | 2028-06-08 |
      | 2026-05-31 | 2026-10-28 |
      | 2026-12-31 | 2027-05-30 |
