Feature: Workout summary
  The app shows how long a workout lasted as hours and minutes, the minutes always with two digits, like "1h 05m".

  Scenario Outline: showing the length of a workout
    Given a workout that lasted <minutes> minutes
    When the workout summary is shown
    Then the duration reads "<duration>"

    Examples:
      | minutes | duration |
      | 59      | 0h 59m   |
      | 60      | 1h 00m   |
      | 150     | 2h 30m   |
      | 0       | 0h 00m   |
      | 610     | 10h 10m  |
