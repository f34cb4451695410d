Feature: Age on the day of the school trip

  Scenario Outline: age on the trip day
    Given "<pupil>" was born on "<born>"
    And the trip is on "<trip>"
    When the age on the trip day is worked out
    Then "<pupil>" is <age> years old on the day

    Examples:
      | pupil | born       | trip       | age |
      | Ana   | 2010-05-14 | 2026-05-14 | 16  |
      | Ben   | 2010-05-14 | 2026-05-13 | 15  |
      | Cara  | 2000-12-31 | 2026-01-01 | 25  |
      | Dev   | 2019-01-01 | 2026-12-31 | 7   |
      | Eve   | 2012-02-29 | 2025-02-28 | 12  |
      | Finn  | 2012-02-29 | 2025-03-01 | 13  |
      | Gus   | 2026-03-10 | 2026-06-01 | 0   |
      | Hana  | 1950-07-20 | 2026-07-19 | 75  |
