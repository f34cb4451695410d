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
      | 2027-02-14 | 2027-08-16 |
      | 2027-06-05 | 2027-12-06 |
      | 2027-10-11 | 2028-04-11 |
      | 2028-03-31 | 2028-10-02 |
      | 2030-08-30 | 2031-02-28 |
      | 2035-12-31 | 2036-06-30 |
