Feature: Catering orders
  A platter order costs the price per platter times the number of platters, and orders over 200 get 10% off the whole bill.

  Scenario Outline: billing a catering order
    Given an order of <platters> platters at <price> each
    When the catering bill is made up
    Then the bill comes to <total>

    Examples:
      | platters | price | total |
      | 4        | 50    | 200   |
      | 20       | 15    | 270   |
      | 3        | 70    | 189   |
      | 7        | 10    | 70    |
