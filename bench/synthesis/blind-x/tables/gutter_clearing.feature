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
      | metres | storeys | returning | price |
      | 10     | 1       | no        | 45.00 |
      | 22     | 1       | no        | 45.00 |
      | 23     | 1       | no        | 46.00 |
      | 15     | 2       | no        | 45.00 |
      | 16     | 2       | no        | 48.00 |
      | 10     | 3       | no        | 45.00 |
      | 11     | 3       | no        | 49.50 |
      | 30     | 2       | yes       | 81.00 |
      | 12     | 1       | yes       | 40.50 |
