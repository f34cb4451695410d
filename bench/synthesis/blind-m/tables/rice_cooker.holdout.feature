Feature: Rice cooker settings

  Scenario Outline: setting the rice cooker
    Given <grams> g of "<rice>" rice
    When the rice cooker is set
    Then it needs <water> ml of water
    And the timer is set to <minutes> minutes

    Examples:
      | grams | rice    | water | minutes |
      | 100   | basmati | 150   | 15      |
      | 320   | jasmine | 400   | 12      |
      | 75    | brown   | 150   | 30      |
      | 150   | sushi   | 180   | 20      |
      | 450   | basmati | 675   | 15      |
      | 1000  | brown   | 2000  | 30      |
