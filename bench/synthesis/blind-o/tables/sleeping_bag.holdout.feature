Feature: Sleeping bag advice
  Summer trips need a 1-season bag, spring a 2-season, autumn a 3-season and winter a 4-season.
  Go up one if the camper feels the cold, and up one more when the camp is at 1000 metres or
  higher. Nothing goes above a 4-season bag.

  Scenario Outline: suggesting a bag for a trip
    Given a trip in "<season>"
    And the camper feels the cold: <cold>
    And the camp is at <height> metres
    When a sleeping bag is suggested
    Then the shop suggests a "<bag>" bag

    Examples:
      | season | cold | height | bag      |
      | spring | yes  | 100    | 3-season |
      | autumn | no   | 1000   | 4-season |
      | winter | no   | 2000   | 4-season |
      | spring | yes  | 1100   | 4-season |
      | autumn | yes  | 600    | 4-season |
      | summer | no   | 1000   | 2-season |
