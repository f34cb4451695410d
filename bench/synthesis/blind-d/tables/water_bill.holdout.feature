Feature: Water bills
  Every bill has a standing charge of 8.00 euros. The first 10 cubic metres cost
  1.20 each, the next 20 cost 1.80 each, and every cubic metre above 30 costs 2.50.

  Scenario Outline: the bill for the water used
    Given <used> cubic metres of water were used
    When the water bill is calculated
    Then the bill is <amount> euros

    Examples:
      | used | amount |
      | 1    | 9.20   |
      | 8    | 17.60  |
      | 20   | 38.00  |
      | 35   | 68.50  |
      | 60   | 131.00 |
