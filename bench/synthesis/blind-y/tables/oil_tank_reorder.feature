Feature: Heating oil reorder
  Our tank holds 1200 litres. With under 200 litres left we order today, with under 400
  left we order this week, and otherwise there is no need to order yet.

  Scenario Outline: checking the oil gauge
    Given the gauge shows <litres> litres left
    When the oil level is checked
    Then the advice is "<advice>"

    Examples:
      | litres | advice           |
      | 50     | order today      |
      | 199    | order today      |
      | 200    | order this week  |
      | 310    | order this week  |
      | 399    | order this week  |
      | 400    | no need to order |
      | 750    | no need to order |
      | 1200   | no need to order |
