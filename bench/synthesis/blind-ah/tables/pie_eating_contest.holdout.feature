Feature: Pie eating contest
  Whoever eats the most pies in ten minutes wins the heat. When both eat the same number,
  whoever finished their last pie sooner wins. The margin is the difference in pies, and a heat
  that cannot be split has "nobody" as the winner.

  Scenario Outline: the result of a heat
    Given Ana eats <ana_pies> pies, the last one finished at "<ana_time>"
    And Ben eats <ben_pies> pies, finishing his last at "<ben_time>"
    When the heat is judged
    Then the winner is "<winner>"
    And the margin in pies is <margin>

    Examples:
      | ana_pies | ana_time | ben_pies | ben_time | winner | margin |
      | 6        | 9:40     | 4        | 7:00     | Ana    | 2      |
      | 3        | 5:20     | 7        | 9:55     | Ben    | 4      |
      | 4        | 6:15     | 4        | 6:14     | Ben    | 0      |
      | 9        | 9:59     | 8        | 8:00     | Ana    | 1      |
      | 5        | 9:00     | 5        | 9:00     | nobody | 0      |
      | 7        | 8:45     | 7        | 9:30     | Ana    | 0      |
