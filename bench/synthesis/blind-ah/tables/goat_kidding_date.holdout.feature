Feature: Goat kidding date
  A nanny goat carries her kids for 150 days, so the kids are due 150 days after the day she was
  mated.

  Scenario Outline: when the kids are due
    Given a nanny goat was mated on "<mated>"
    When the due date is worked out
    Then the kids are due on "<due>"

    Examples:
      | mated      | due        |
      | 2027-03-01 | 2027-07-29 |
      | 2026-09-30 | 2027-02-27 |
      | 2027-10-01 | 2028-02-28 |
      | 2028-02-29 | 2028-07-28 |
      | 2026-07-04 | 2026-12-01 |
      | 2026-11-11 | 2027-04-10 |
