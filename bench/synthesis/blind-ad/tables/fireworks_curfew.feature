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
      | 2027-07-14 | 22:59 | yes     |
      | 2027-07-14 | 23:00 | no      |
      | 2027-07-15 | 06:59 | no      |
      | 2027-07-15 | 07:00 | yes     |
      | 2027-11-05 | 00:30 | no      |
      | 2027-11-05 | 23:59 | yes     |
      | 2027-11-06 | 00:00 | no      |
      | 2028-01-01 | 00:59 | yes     |
      | 2028-01-01 | 01:00 | no      |
