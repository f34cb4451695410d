Feature: Fireworks curfew
  Fireworks may not be set off from 23:00 until 07:00. On Bonfire Night, 5 November,
  they are allowed until midnight, and on New Year's Eve until 01:00 on New Year's Day.

  Scenario Outline: letting off a firework
    Given the date is "<date>"
    And the time is "<time>"
    When someone lets off a firework
    Then it is allowed: <allowed>

    Examples:
      | date       | time  | allowed |
      | 2027-12-31 | 23:30 | yes     |
      | 2027-11-05 | 22:00 | yes     |
      | 2027-11-04 | 23:30 | no      |
      | 2028-01-01 | 23:15 | no      |
      | 2027-12-31 | 03:00 | no      |
      | 2028-03-02 | 12:00 | yes     |
