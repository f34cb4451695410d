Feature: Garden bird count

  Scenario Outline: tallying an hour of sightings
    Given a sighting of <first> "<bird1>"
    And a sighting of <second> "<bird2>"
    And a sighting of <third> "<bird3>"
    When the birds are tallied
    Then the robins counted are <robins>
    And the blue tits counted are <blue_tits>

    Examples:
      | first | bird1         | second | bird2     | third | bird3    | robins | blue_tits |
      | 3     | robin         | 3      | robin     | 2     | blue tit | 6      | 2         |
      | 6     | blue tit      | 1      | wren      | 2     | blue tit | 0      | 8         |
      | 9     | starling      | 1      | great tit | 4     | sparrow  | 0      | 0         |
      | 1     | blue tit      | 2      | robin     | 12    | robin    | 14     | 1         |
      | 2     | house sparrow | 8      | blue tit  | 3     | robin    | 3      | 8         |
      | 4     | goldfinch     | 1      | robin     | 1     | blue tit | 1      | 1         |
