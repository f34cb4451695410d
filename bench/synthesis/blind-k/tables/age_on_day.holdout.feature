Feature: Age on the day of the school trip

  Scenario Outline: age on the trip day
    Given "<pupil>" was born on "<born>"
    And the trip is on "<trip>"
    When the age on the trip day is worked out
    Then "<pupil>" is <age> years old on the day

    Examples:
      | pupil | born       | trip       | age |
      | Ida   | 2014-09-01 | 2026-08-31 | 11  |
      | Jon   | 2014-09-01 | 2026-09-01 | 12  |
      | Kim   | 2008-02-29 | 2026-02-28 | 17  |
      | Lia   | 2008-02-29 | 2026-03-01 | 18  |
      | Max   | 1999-11-30 | 2026-12-01 | 27  |
      | Ned   | 2025-12-25 | 2026-12-24 | 0   |
