Feature: Route gradient labels
  The gradient is the climb divided by the distance, shown as a whole percentage with
  halves rounded up. A section whose shown gradient is 10% or more gets the steep warning.

  Scenario Outline: labelling a section of a route
    Given a climb of <climb> metres
    And a distance of <distance> metres
    When the route section is labelled
    Then the gradient shown is "<gradient>"
    And the steep warning is shown: <steep>

    Examples:
      | climb | distance | gradient | steep |
      | 0     | 800      | 0%       | no    |
      | 30    | 1000     | 3%       | no    |
      | 25    | 400      | 6%       | no    |
      | 45    | 500      | 9%       | no    |
      | 47    | 500      | 9%       | no    |
      | 19    | 200      | 10%      | yes   |
      | 95    | 1000     | 10%      | yes   |
      | 50    | 500      | 10%      | yes   |
      | 120   | 1000     | 12%      | yes   |
