Feature: Village litter pick
  The village litter pick is held on the last Saturday of every month. The next one is this
  month's, or next month's once this month's has gone; on the day itself it is today.

  Scenario Outline: the date of the next litter pick
    Given today is "<today>"
    When the next litter pick is looked up
    Then the next litter pick is on "<next>"

    Examples:
      | today      | next       |
      | 2027-05-01 | 2027-05-29 |
      | 2027-05-30 | 2027-06-26 |
      | 2020-02-29 | 2020-02-29 |
      | 2028-02-27 | 2028-03-25 |
      | 2027-10-31 | 2027-11-27 |
      | 2027-12-25 | 2027-12-25 |
