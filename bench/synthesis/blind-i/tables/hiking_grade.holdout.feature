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
      | 3.5      | 250    | easy     |
      | 15       | 100    | moderate |
      | 6        | 650    | moderate |
      | 22       | 200    | hard     |
      | 11       | 950    | hard     |
      | 0.8      | 20     | easy     |
