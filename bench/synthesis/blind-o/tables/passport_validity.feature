Feature: Passport check before a trip
  Count the days from the day you come home to the day the passport expires. You may travel
  when that is at least 90 days.

  Scenario Outline: checking a passport for a trip
    Given a passport that expires on "<expiry>"
    And a return home on "<home>"
    When the passport is checked for the trip
    Then the days left after the trip are <days>
    And the trip is allowed: <allowed>

    Examples:
      | expiry     | home       | days | allowed |
      | 2027-03-31 | 2026-12-31 | 90   | yes     |
      | 2027-03-30 | 2026-12-31 | 89   | no      |
      | 2026-12-20 | 2026-12-01 | 19   | no      |
      | 2030-06-15 | 2026-08-10 | 1405 | yes     |
      | 2028-03-01 | 2027-12-01 | 91   | yes     |
      | 2027-03-01 | 2026-12-01 | 90   | yes     |
      | 2026-11-05 | 2026-08-08 | 89   | no      |
      | 2027-01-20 | 2026-10-12 | 100  | yes     |
      | 2026-09-01 | 2026-08-31 | 1    | no      |
