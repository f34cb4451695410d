Feature: Photo finish

  Scenario Outline: two runners in the final
    Given Sam runs the 100 metres in <sam> seconds
    And Mia runs it in <mia> seconds
    When the photo finish is read
    Then the winner is "<winner>"
    And the margin is <margin> seconds

    Examples:
      | sam   | mia   | winner    | margin |
      | 12.10 | 12.09 | Mia       | 0.01   |
      | 10.50 | 10.50 | dead heat | 0.00   |
      | 11.07 | 12.70 | Sam       | 1.63   |
      | 15.33 | 14.98 | Mia       | 0.35   |
      | 9.99  | 10.00 | Sam       | 0.01   |
      | 13.60 | 11.42 | Mia       | 2.18   |
