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
      | 08:30 | 240     | 12:30 | no  |
      | 10:05 | 110     | 11:55 | no  |
      | 13:20 | 95      | 14:55 | no  |
      | 12:00 | 180     | 15:00 | no  |
      | 12:00 | 181     | 15:00 | yes |
      | 14:45 | 60      | 15:00 | yes |
