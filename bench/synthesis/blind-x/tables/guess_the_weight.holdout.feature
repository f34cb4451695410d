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
      | 3000   | 2500  | 3600   | first guess  | 500 |
      | 500    | 520   | 470    | first guess  | 20  |
      | 750    | 900   | 700    | second guess | 50  |
      | 1600   | 1550  | 1650   | tie          | 50  |
      | 1100   | 1100  | 1100   | tie          | 0   |
      | 4200   | 4000  | 4401   | first guess  | 200 |
