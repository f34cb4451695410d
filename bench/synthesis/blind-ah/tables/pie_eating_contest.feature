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
      | 5        | 8:10     | 3        | 9:00     | Ana    | 2      |
      | 4        | 9:30     | 6        | 9:59     | Ben    | 2      |
      | 5        | 7:45     | 5        | 8:02     | Ana    | 0      |
      | 5        | 8:30     | 5        | 8:29     | Ben    | 0      |
      | 6        | 9:12     | 6        | 9:12     | nobody | 0      |
      | 7        | 9:58     | 2        | 3:10     | Ana    | 5      |
      | 3        | 4:00     | 4        | 9:40     | Ben    | 1      |
      | 8        | 9:05     | 8        | 9:50     | Ana    | 0      |
      | 2        | 6:00     | 2        | 6:00     | nobody | 0      |
