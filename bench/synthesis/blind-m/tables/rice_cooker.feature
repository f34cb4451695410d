Feature: Rice cooker settings

  Scenario Outline: setting the rice cooker
    Given <grams> g of "<rice>" rice
    When the rice cooker is set
    Then it needs <water> ml of water
    And the timer is set to <minutes> minutes

    Examples:
      | grams | rice    | water | minutes |
      | 200   | basmati | 300   | 15      |
      | 300   | basmati | 450   | 15      |
      | 200   | jasmine | 250   | 12      |
      | 400   | jasmine | 500   | 12      |
      | 150   | brown   | 300   | 30      |
      | 250   | brown   | 500   | 30      |
      | 250   | sushi   | 300   | 20      |
      | 500   | sushi   | 600   | 20      |
