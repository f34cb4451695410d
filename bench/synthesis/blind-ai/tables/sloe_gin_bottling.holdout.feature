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
      | 2027-09-05 | 4      | 2028-01-05 |
      | 2027-12-31 | 2      | 2028-02-29 |
      | 2026-11-28 | 3      | 2027-02-28 |
      | 2028-05-31 | 6      | 2028-11-30 |
      | 2026-07-31 | 2      | 2026-09-30 |
      | 2027-10-15 | 9      | 2028-07-15 |
