Feature: Cooling-off period
  A customer may cancel within 14 days of signing. The last day to cancel is the signing
  date plus 14 days, and a request made on that day or before it is in time.

  Scenario Outline: checking a cancellation
    Given the contract was signed on "<signed>"
    And the cancellation was asked for on "<asked>"
    When the cooling-off period is checked
    Then the last day to cancel is "<last>"
    And the cancellation is in time: <in_time>

    Examples:
      | signed     | asked      | last       | in_time |
      | 2026-07-05 | 2026-07-19 | 2026-07-19 | yes     |
      | 2026-07-05 | 2026-07-20 | 2026-07-19 | no      |
      | 2026-09-25 | 2026-10-08 | 2026-10-09 | yes     |
      | 2027-12-31 | 2028-01-15 | 2028-01-14 | no      |
      | 2028-02-16 | 2028-03-01 | 2028-03-01 | yes     |
      | 2026-11-20 | 2026-12-01 | 2026-12-04 | yes     |
