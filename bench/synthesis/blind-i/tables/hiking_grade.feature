Feature: Trail difficulty
  A trail is "hard" when it is 20 km or longer or climbs 800 m or more.
  Otherwise it is "moderate" when it is 10 km or longer or climbs 300 m or
  more. Every other trail is "easy".

  Scenario Outline: grading a trail
    Given the trail is <distance> km long
    And it climbs <ascent> m
    When the trail is graded
    Then the grade is "<grade>"

    Examples:
      | distance | ascent | grade    |
      | 5        | 100    | easy     |
      | 9.9      | 299    | easy     |
      | 10       | 50     | moderate |
      | 4        | 300    | moderate |
      | 19.5     | 799    | moderate |
      | 20       | 0      | hard     |
      | 8        | 800    | hard     |
      | 25       | 1200   | hard     |
      | 12       | 450    | moderate |
