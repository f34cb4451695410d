Feature: Registering a birth
  Parents have 42 days to register a birth: the last day is the date 42 days after the birth,
  and registering on that last day is still in time.

  Scenario Outline: checking the registration deadline
    Given the baby was born on "<born>"
    And the parents come to register on "<visit>"
    When the registrar checks the dates
    Then the last day to register is "<last_day>"
    And the registration is in time: <in_time>

    Examples:
      | born       | visit      | last_day   | in_time |
      | 2026-01-01 | 2026-02-12 | 2026-02-12 | yes     |
      | 2026-01-01 | 2026-02-13 | 2026-02-12 | no      |
      | 2026-02-10 | 2026-03-01 | 2026-03-24 | yes     |
      | 2028-02-10 | 2028-03-24 | 2028-03-23 | no      |
      | 2027-02-20 | 2027-04-02 | 2027-04-03 | yes     |
      | 2026-05-31 | 2026-05-31 | 2026-07-12 | yes     |
      | 2026-07-20 | 2026-09-01 | 2026-08-31 | no      |
      | 2026-11-25 | 2026-12-01 | 2027-01-06 | yes     |
      | 2026-12-05 | 2027-01-16 | 2027-01-16 | yes     |
