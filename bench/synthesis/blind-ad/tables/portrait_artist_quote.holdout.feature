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
      | A4   | 3       | no        | 135.00 |
      | A4   | 2       | yes       | 89.25  |
      | A3   | 4       | no        | 247.50 |
      | A3   | 5       | yes       | 248.63 |
      | A4   | 6       | yes       | 191.25 |
      | A3   | 6       | no        | 337.50 |
