Feature: Ice cream cone
  Scoops cost 1.60 each. A plain cone comes free, a sugar cone costs 0.40 more and a waffle cone 0.90 more.

  Scenario Outline: the price of a cone
    Given the number of scoops is <scoops>
    And the cone is "<cone>"
    When the order is rung up
    Then the price is <price>

    Examples:
      | scoops | cone   | price |
      | 4      | plain  | 6.40  |
      | 2      | sugar  | 3.60  |
      | 3      | waffle | 5.70  |
      | 4      | sugar  | 6.80  |
      | 5      | plain  | 8.00  |
      | 5      | waffle | 8.90  |
