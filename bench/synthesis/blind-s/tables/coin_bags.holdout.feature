Feature: Bagging coins for the bank
  The bank takes coins in bags of a single kind: 100 coins to a bag for 1p and 5p, 50 coins for
  2p, 10p and 20p, and 20 coins for 50p. Only full bags go to the bank; the rest stay loose.

  Scenario Outline: bagging the coins from a jar
    Given the jar holds <count> coins
    And they are all "<coin>" coins
    When the coins are bagged for the bank
    Then the number of full bags is <bags>
    And the number of loose coins is <loose>

    Examples:
      | count | coin | bags | loose |
      | 1000  | 1p   | 10   | 0     |
      | 151   | 2p   | 3    | 1     |
      | 42    | 5p   | 0    | 42    |
      | 250   | 10p  | 5    | 0     |
      | 77    | 20p  | 1    | 27    |
      | 19    | 50p  | 0    | 19    |
