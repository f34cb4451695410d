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
      | 1    | 180   | 5       | 100  |
      | 2    | 180   | 11      | 20   |
      | 1    | 250   | 4       | 0    |
      | 3    | 400   | 7       | 200  |
      | 1    | 1000  | 1       | 0    |
      | 5    | 220   | 22      | 160  |
      | 2    | 300   | 6       | 200  |
      | 4    | 150   | 26      | 100  |
      | 1    | 1200  | 0       | 1000 |
