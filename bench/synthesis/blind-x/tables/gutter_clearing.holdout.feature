Feature: Gutter clearing
  We charge 2.00 a metre of gutter on a bungalow, 3.00 on a two-storey house and
  4.50 on three storeys, with a minimum charge of 45.00. Returning customers get
  10% off the final price.

  Scenario Outline: quoting for a house
    Given the gutters run for <metres> metres
    And the house height in storeys is <storeys>
    And the customer has used us before: <returning>
    When the job is quoted
    Then the price is <price>

    Examples:
      | metres | storeys | returning | price  |
      | 40     | 3       | no        | 180.00 |
      | 5      | 2       | yes       | 40.50  |
      | 100    | 1       | yes       | 180.00 |
      | 20     | 2       | yes       | 54.00  |
      | 8      | 3       | yes       | 40.50  |
      | 60     | 1       | no        | 120.00 |
