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
      | 2023-05-14 | 2026-01-10 | 2026-05-14 |
      | 2023-05-14 | 2026-05-14 | 2026-05-14 |
      | 2023-05-14 | 2026-05-15 | 2027-05-14 |
      | 2020-11-30 | 2026-12-01 | 2027-11-30 |
      | 2024-02-29 | 2026-06-01 | 2027-02-28 |
      | 2024-02-29 | 2027-03-01 | 2028-02-29 |
      | 2025-08-01 | 2025-09-01 | 2028-08-01 |
      | 2019-01-02 | 2026-12-31 | 2027-01-02 |
      | 2022-07-20 | 2026-07-19 | 2026-07-20 |
