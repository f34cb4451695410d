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
      | 06:00 | 6       |
      | 22:00 | 10      |
      | 11:30 | 1       |
      | 00:30 | 1       |
      | 17:01 | 0       |
      | 20:00 | 8       |
