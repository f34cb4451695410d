Feature: Sunglasses lens category
  The filter category comes from how much light the lens lets through: category 0 from
  80 percent, 1 from 43, 2 from 18, 3 from 8 and 4 below that. Category 4 is too dark to
  drive in.

  Scenario Outline: grading a lens
    Given a lens that lets through <light> percent of the light
    When the lens is graded
    Then the filter category is <category>
    And it is fit for driving: <driving>

    Examples:
      | light | category | driving |
      | 100   | 0        | yes     |
      | 80    | 0        | yes     |
      | 79    | 1        | yes     |
      | 43    | 1        | yes     |
      | 42    | 2        | yes     |
      | 18    | 2        | yes     |
      | 17    | 3        | yes     |
      | 8     | 3        | yes     |
      | 7     | 4        | no      |
