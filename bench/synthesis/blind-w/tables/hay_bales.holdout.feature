Feature: Hay bales from the farm
  Bales are 4.50 each, 4.00 each on an order of 50 or more and 3.60 each from 200, the
  price going for every bale in the order. Delivery is 25.00, free from 100 bales.

  Scenario Outline: a hay order
    Given an order of <bales> bales
    And delivery is needed: <delivery>
    When the order is priced
    Then each bale costs <each>
    And the order comes to <total>

    Examples:
      | bales | delivery | each | total   |
      | 30    | yes      | 4.50 | 160.00  |
      | 75    | no       | 4.00 | 300.00  |
      | 150   | yes      | 4.00 | 600.00  |
      | 60    | yes      | 4.00 | 265.00  |
      | 300   | no       | 3.60 | 1080.00 |
      | 45    | yes      | 4.50 | 227.50  |
