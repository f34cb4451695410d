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
      | 2026-03-15 | 2026-04-27 | 2026-04-26 | no      |
      | 2026-08-08 | 2026-09-30 | 2026-09-19 | no      |
      | 2026-10-01 | 2026-11-12 | 2026-11-12 | yes     |
      | 2027-06-01 | 2027-06-20 | 2027-07-13 | yes     |
      | 2027-12-25 | 2028-01-10 | 2028-02-05 | yes     |
      | 2028-01-30 | 2028-03-13 | 2028-03-12 | no      |
