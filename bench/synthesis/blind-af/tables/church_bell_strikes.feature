Feature: Church bell
  The church bell strikes the hour on the hour, counting on a twelve-hour clock, so at
  13:00 it strikes once and at midnight twelve times. At half past each hour it strikes
  once. At any other minute it stays silent.

  Scenario Outline: strikes at a time of day
    Given the church clock shows "<time>"
    When the clock reaches that time
    Then the count of strikes is <strikes>

    Examples:
      | time  | strikes |
      | 00:00 | 12      |
      | 01:00 | 1       |
      | 12:00 | 12      |
      | 13:00 | 1       |
      | 15:30 | 1       |
      | 09:00 | 9       |
      | 09:15 | 0       |
      | 23:00 | 11      |
      | 18:45 | 0       |
