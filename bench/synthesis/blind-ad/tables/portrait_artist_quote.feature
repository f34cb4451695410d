Feature: Portrait commission
  A pencil portrait on A4 paper costs 75.00 for one figure and 30.00 for each further
  person or pet. A3 costs half as much again. Returning customers get 15% off the total,
  and half a penny is rounded up.

  Scenario Outline: quoting a portrait
    Given a portrait on "<size>" paper
    And the number of figures is <figures>
    And the customer is returning: <returning>
    When the quote is written
    Then the price is <price>

    Examples:
      | size | figures | returning | price  |
      | A4   | 1       | no        | 75.00  |
      | A4   | 1       | yes       | 63.75  |
      | A4   | 2       | no        | 105.00 |
      | A3   | 1       | no        | 112.50 |
      | A3   | 1       | yes       | 95.63  |
      | A3   | 3       | no        | 202.50 |
      | A4   | 4       | yes       | 140.25 |
      | A3   | 2       | yes       | 133.88 |
      | A4   | 5       | no        | 195.00 |
