Feature: Ice cream cone
  Scoops cost 1.60 each. A plain cone comes free, a sugar cone costs 0.40 more and a waffle cone 0.90 more.

  Scenario Outline: the price of a cone
    Given the number of scoops is <scoops>
    And the cone is "<cone>"
    When the order is rung up
    Then the price is <price>

    Examples:
      | scoops | cone   | price |
      | 1      | plain  | 1.60  |
      | 2      | plain  | 3.20  |
      | 3      | plain  | 4.80  |
      | 1      | sugar  | 2.00  |
      | 3      | sugar  | 5.20  |
      | 1      | waffle | 2.50  |
      | 2      | waffle | 4.10  |
      | 4      | waffle | 7.30  |
