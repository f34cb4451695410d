Feature: Markup and margin
  Markup is the profit as a percentage of what the shop paid; margin is the profit as a
  percentage of the selling price. Both are shown to one decimal place.

  Scenario Outline: profit on one item
    Given an item bought in for <cost>
    And sold for <price>
    When the shop works out its profit
    Then the markup is "<markup>"
    And the margin is "<margin>"

    Examples:
      | cost  | price | markup | margin |
      | 5.00  | 6.00  | 20.0%  | 16.7%  |
      | 20.00 | 35.00 | 75.0%  | 42.9%  |
      | 1.20  | 2.00  | 66.7%  | 40.0%  |
      | 9.99  | 12.49 | 25.0%  | 20.0%  |
      | 16.00 | 12.00 | -25.0% | -33.3% |
      | 3.00  | 9.00  | 200.0% | 66.7%  |
