Feature: Nursery nap alarm
  A nap lasts the planned number of minutes, but the alarm never goes off later than
  15:00 so that bedtime is not spoiled. When that cuts the nap short, the sheet says so.

  Scenario Outline: setting the nap alarm
    Given the nap starts at "<start>"
    And the nap is planned for <minutes> minutes
    When the nap alarm is set
    Then the alarm goes off at "<alarm>"
    And the nap is cut short: <cut>

    Examples:
      | start | minutes | alarm | cut |
      | 09:40 | 45      | 10:25 | no  |
      | 11:45 | 75      | 13:00 | no  |
      | 12:30 | 90      | 14:00 | no  |
      | 13:15 | 100     | 14:55 | no  |
      | 13:30 | 90      | 15:00 | no  |
      | 14:30 | 30      | 15:00 | no  |
      | 13:31 | 90      | 15:00 | yes |
      | 12:50 | 135     | 15:00 | yes |
      | 14:00 | 120     | 15:00 | yes |
