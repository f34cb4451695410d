Feature: Village litter pick
  The village litter pick is held on the last Saturday of every month. The next one is this
  month's, or next month's once this month's has gone; on the day itself it is today.

  Scenario Outline: the date of the next litter pick
    Given today is "<today>"
    When the next litter pick is looked up
    Then the next litter pick is on "<next>"

    Examples:
      | today      | next       |
      | 2026-12-07 | 2026-12-26 |
      | 2026-12-26 | 2026-12-26 |
      | 2026-12-27 | 2027-01-30 |
      | 2027-01-31 | 2027-02-27 |
      | 2027-07-30 | 2027-07-31 |
      | 2027-08-01 | 2027-08-28 |
      | 2027-12-26 | 2028-01-29 |
      | 2020-02-20 | 2020-02-29 |
      | 2027-03-27 | 2027-03-27 |
