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
      | 99    | 1p   | 0    | 99    |
      | 250   | 1p   | 2    | 50    |
      | 49    | 2p   | 0    | 49    |
      | 50    | 2p   | 1    | 0     |
      | 100   | 5p   | 1    | 0     |
      | 399   | 5p   | 3    | 99    |
      | 173   | 10p  | 3    | 23    |
      | 101   | 20p  | 2    | 1     |
      | 65    | 50p  | 3    | 5     |
