Feature: Workout summary
  The app shows how long a workout lasted as hours and minutes, the minutes always with two digits, like "1h 05m".

  Scenario Outline: showing the length of a workout
    Given a workout that lasted <minutes> minutes
    When the workout summary is shown
    Then the duration reads "<duration>"

    Examples:
      | minutes | duration |
      | 65      | 1h 05m   |
      | 90      | 1h 30m   |
      | 45      | 0h 45m   |
      | 120     | 2h 00m   |
      | 5       | 0h 05m   |
      | 181     | 3h 01m   |
