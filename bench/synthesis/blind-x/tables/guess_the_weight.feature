Feature: Guess the weight of the cake
  Two people guess the weight of the cake in grams. Whoever is nearer wins, and we
  say how far out the winning guess was. The same distance either side is a tie.

  Scenario Outline: judging the guesses
    Given the cake weighs <weight> g
    And the first guess is <first> g
    And the second guess is <second> g
    When the guesses are judged
    Then the result is "<result>"
    And the winning guess was <out> g out

    Examples:
      | weight | first | second | result       | out |
      | 1450   | 1400  | 1500   | tie          | 50  |
      | 1450   | 1420  | 1500   | first guess  | 30  |
      | 1450   | 1300  | 1460   | second guess | 10  |
      | 1450   | 1450  | 1600   | first guess  | 0   |
      | 2000   | 2100  | 1850   | first guess  | 100 |
      | 2000   | 1899  | 2100   | second guess | 100 |
      | 980    | 1000  | 960    | tie          | 20  |
      | 980    | 700   | 1300   | first guess  | 280 |
      | 1200   | 1250  | 1200   | second guess | 0   |
