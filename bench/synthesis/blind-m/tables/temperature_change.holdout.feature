Feature: Weather app daily comparison

  Scenario Outline: comparing today with yesterday
    Given yesterday's high was <yesterday> degrees
    And today's high is <today> degrees
    When the weather app compares the two days
    Then the app says "<summary>"

    Examples:
      | yesterday | today | summary           |
      | 25        | 31    | 6 degrees warmer  |
      | -1        | -3    | 2 degrees colder  |
      | 0         | -1    | 1 degree colder   |
      | -6        | -6    | same as yesterday |
      | 12        | 2     | 10 degrees colder |
      | -2        | -1    | 1 degree warmer   |
