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
      | bales | delivery | each | total  |
      | 20    | no       | 4.50 | 90.00  |
      | 49    | no       | 4.50 | 220.50 |
      | 50    | no       | 4.00 | 200.00 |
      | 199   | no       | 4.00 | 796.00 |
      | 200   | no       | 3.60 | 720.00 |
      | 10    | yes      | 4.50 | 70.00  |
      | 99    | yes      | 4.00 | 421.00 |
      | 100   | yes      | 4.00 | 400.00 |
      | 250   | yes      | 3.60 | 900.00 |
