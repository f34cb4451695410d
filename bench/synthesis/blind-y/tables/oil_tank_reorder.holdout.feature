Feature: Heating oil reorder
  Our tank holds 1200 litres. With under 200 litres left we order today, with under 400
  left we order this week, and otherwise there is no need to order yet.

  Scenario Outline: checking the oil gauge
    Given the gauge shows <litres> litres left
    When the oil level is checked
    Then the advice is "<advice>"

    Examples:
      | litres | advice           |
      | 0      | order today      |
      | 120    | order today      |
      | 260    | order this week  |
      | 385    | order this week  |
      | 520    | no need to order |
      | 980    | no need to order |
