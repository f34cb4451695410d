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
      | 90    | 0        | yes     |
      | 60    | 1        | yes     |
      | 25    | 2        | yes     |
      | 12    | 3        | yes     |
      | 5     | 4        | no      |
      | 3     | 4        | no      |
