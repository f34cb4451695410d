Feature: Sloe gin bottling
  Sloe gin is bottled a set number of months after the batch was started,
  on the same day of the month. When the bottling month is too short for
  that day, the batch is bottled on the last day of that month instead.

  Scenario Outline: the bottling date
    Given a batch of sloe gin started on "<started>"
    And it steeps for <months> months
    When the bottling date is worked out
    Then the batch is bottled on "<bottled>"

    Examples:
      | started    | months | bottled    |
      | 2026-09-14 | 3      | 2026-12-14 |
      | 2026-10-20 | 3      | 2027-01-20 |
      | 2026-11-30 | 3      | 2027-02-28 |
      | 2027-11-29 | 3      | 2028-02-29 |
      | 2027-11-30 | 3      | 2028-02-29 |
      | 2026-08-31 | 3      | 2026-11-30 |
      | 2026-10-31 | 6      | 2027-04-30 |
      | 2026-09-30 | 5      | 2027-02-28 |
      | 2026-12-31 | 12     | 2027-12-31 |
