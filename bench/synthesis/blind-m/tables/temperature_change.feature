Feature: Weather app daily comparison

  Scenario Outline: comparing today with yesterday
    Given yesterday's high was <yesterday> degrees
    And today's high is <today> degrees
    When the weather app compares the two days
    Then the app says "<summary>"

    Examples:
      | yesterday | today | summary           |
      | 14        | 17    | 3 degrees warmer  |
      | 17        | 14    | 3 degrees colder  |
      | 9         | 10    | 1 degree warmer   |
      | 10        | 9     | 1 degree colder   |
      | 21        | 21    | same as yesterday |
      | -4        | 2     | 6 degrees warmer  |
      | 3         | -5    | 8 degrees colder  |
      | -7        | -2    | 5 degrees warmer  |
      | 0         | 0     | same as yesterday |
