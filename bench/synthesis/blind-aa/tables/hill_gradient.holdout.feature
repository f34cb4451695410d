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
      | 7     | 5000     | 0%       | no    |
      | 10    | 2000     | 1%       | no    |
      | 33    | 350      | 9%       | no    |
      | 57    | 600      | 10%      | yes   |
      | 200   | 1000     | 20%      | yes   |
      | 300   | 1200     | 25%      | yes   |
