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
      | 2027-06-30 | 2027-04-01 | 90   | yes     |
      | 2029-02-28 | 2028-12-01 | 89   | no      |
      | 2031-01-01 | 2026-07-20 | 1626 | yes     |
      | 2026-10-15 | 2026-09-01 | 44   | no      |
      | 2027-08-01 | 2027-05-02 | 91   | yes     |
      | 2026-12-25 | 2026-12-24 | 1    | no      |
