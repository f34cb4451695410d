Feature: Probation review date
  New starters have their probation review six calendar months after their start date. If
  that month has no such day, the review is on the last day of the month. A review that would
  fall on a Saturday or a Sunday moves to the Monday after.

  Scenario Outline: booking the review
    Given a new starter begins on "<start>"
    When HR books the probation review
    Then the review is on "<review>"

    Examples:
      | start      | review     |
      | 2027-01-04 | 2027-07-05 |
      | 2027-03-01 | 2027-09-01 |
      | 2027-04-30 | 2027-11-01 |
      | 2027-05-17 | 2027-11-17 |
      | 2027-08-31 | 2028-02-29 |
      | 2026-08-31 | 2027-03-01 |
      | 2027-09-30 | 2028-03-30 |
      | 2027-12-31 | 2028-06-30 |
      | 2028-08-31 | 2029-02-28 |
