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
      | 10.00 | 15.00 | 50.0%  | 33.3%  |
      | 8.00  | 10.00 | 25.0%  | 20.0%  |
      | 4.00  | 4.00  | 0.0%   | 0.0%   |
      | 12.00 | 30.00 | 150.0% | 60.0%  |
      | 3.00  | 4.99  | 66.3%  | 39.9%  |
      | 7.50  | 9.00  | 20.0%  | 16.7%  |
      | 10.00 | 8.00  | -20.0% | -25.0% |
      | 6.00  | 7.00  | 16.7%  | 14.3%  |
      | 2.40  | 2.99  | 24.6%  | 19.7%  |
