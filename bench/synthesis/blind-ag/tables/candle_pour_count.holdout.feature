Feature: Candles from a batch of wax
  Wax comes in 1 kg bags, and every candle in a batch takes the same weight of wax.
  Only whole candles are poured; the wax left over is kept for next time.

  Scenario Outline: how many candles a batch gives
    Given the bags of wax are <bags>
    And each candle takes <grams> g of wax
    When the pour is planned
    Then the candles poured are <candles>
    And the wax left over in grams is <left>

    Examples:
      | bags | grams | candles | left |
      | 3    | 180   | 16      | 120  |
      | 2    | 250   | 8       | 0    |
      | 6    | 350   | 17      | 50   |
      | 1    | 90    | 11      | 10   |
      | 10   | 450   | 22      | 100  |
      | 2    | 2500  | 0       | 2000 |
