Feature: Water bills
  Every bill has a standing charge of 8.00 euros. The first 10 cubic metres cost
  1.20 each, the next 20 cost 1.80 each, and every cubic metre above 30 costs 2.50.

  Scenario Outline: the bill for the water used
    Given <used> cubic metres of water were used
    When the water bill is calculated
    Then the bill is <amount> euros

    Examples:
      | used | amount |
      | 0    | 8.00   |
      | 5    | 14.00  |
      | 10   | 20.00  |
      | 11   | 21.80  |
      | 25   | 47.00  |
      | 30   | 56.00  |
      | 31   | 58.50  |
      | 42   | 86.00  |
