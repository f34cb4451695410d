Feature: Photo finish

  Scenario Outline: two runners in the final
    Given Sam runs the 100 metres in <sam> seconds
    And Mia runs it in <mia> seconds
    When the photo finish is read
    Then the winner is "<winner>"
    And the margin is <margin> seconds

    Examples:
      | sam   | mia   | winner    | margin |
      | 12.47 | 12.52 | Sam       | 0.05   |
      | 12.52 | 12.47 | Mia       | 0.05   |
      | 11.90 | 11.90 | dead heat | 0.00   |
      | 13.01 | 13.00 | Mia       | 0.01   |
      | 10.99 | 11.00 | Sam       | 0.01   |
      | 14.20 | 12.85 | Mia       | 1.35   |
      | 11.38 | 15.02 | Sam       | 3.64   |
      | 13.45 | 13.45 | dead heat | 0.00   |
      | 9.79  | 10.31 | Sam       | 0.52   |
