Feature: Garden bird count

  Scenario Outline: tallying an hour of sightings
    Given a sighting of <first> "<bird1>"
    And a sighting of <second> "<bird2>"
    And a sighting of <third> "<bird3>"
    When the birds are tallied
    Then the robins counted are <robins>
    And the blue tits counted are <blue_tits>

    Examples:
      | first | bird1     | second | bird2    | third | bird3         | robins | blue_tits |
      | 2     | robin     | 3      | blue tit | 1     | robin         | 3      | 3         |
      | 1     | blue tit  | 1      | blue tit | 4     | blue tit      | 0      | 6         |
      | 5     | robin     | 2      | wren     | 1     | blue tit      | 5      | 1         |
      | 3     | sparrow   | 6      | sparrow  | 2     | wren          | 0      | 0         |
      | 1     | robin     | 1      | robin    | 1     | robin         | 3      | 0         |
      | 4     | blue tit  | 7      | robin    | 2     | house sparrow | 7      | 4         |
      | 10    | starling  | 2      | robin    | 3     | blue tit      | 2      | 3         |
      | 2     | great tit | 5      | blue tit | 1     | robin         | 1      | 5         |
