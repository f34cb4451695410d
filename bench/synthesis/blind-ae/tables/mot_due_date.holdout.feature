Feature: MOT due date
  A car needs its first MOT by the third anniversary of its registration, and then by the
  same date every year. A car registered on 29 February is due on 28 February in a year
  that has no 29 February.

  Scenario Outline: the next MOT date
    Given a car first registered on "<registered>"
    And today is "<today>"
    When the next MOT date is worked out
    Then the MOT is due by "<due>"

    Examples:
      | registered | today      | due        |
      | 2024-10-05 | 2026-02-01 | 2027-10-05 |
      | 2018-03-31 | 2026-04-01 | 2027-03-31 |
      | 2020-02-29 | 2026-02-28 | 2026-02-28 |
      | 2021-06-15 | 2026-06-16 | 2027-06-15 |
      | 2016-12-25 | 2026-12-06 | 2026-12-25 |
      | 2023-01-31 | 2025-12-31 | 2026-01-31 |
