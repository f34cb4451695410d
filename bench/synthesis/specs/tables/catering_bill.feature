Feature: Catering orders
  A platter order costs the price per platter times the number of platters, and orders over 200 get 10% off the whole bill.

  Scenario Outline: billing a catering order
    Given an order of <platters> platters at <price> each
    When the catering bill is made up
    Then the bill comes to <total>

    Examples:
      | platters | price | total |
      | 2        | 25    | 50    |
      | 8        | 25    | 200   |
      | 9        | 25    | 202.5 |
      | 10       | 30    | 270   |
      | 1        | 150   | 150   |
      | 5        | 60    | 270   |
