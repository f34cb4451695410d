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
      | 2026-03-02 | 2026-03-10 | 2026-03-16 | yes     |
      | 2026-03-02 | 2026-03-16 | 2026-03-16 | yes     |
      | 2026-03-02 | 2026-03-17 | 2026-03-16 | no      |
      | 2026-01-25 | 2026-02-05 | 2026-02-08 | yes     |
      | 2026-02-20 | 2026-03-06 | 2026-03-06 | yes     |
      | 2028-02-20 | 2028-03-06 | 2028-03-05 | no      |
      | 2026-12-24 | 2027-01-06 | 2027-01-07 | yes     |
      | 2026-04-30 | 2026-05-20 | 2026-05-14 | no      |
      | 2026-06-10 | 2026-06-10 | 2026-06-24 | yes     |
