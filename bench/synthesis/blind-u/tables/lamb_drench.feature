Feature: Worm drench for a group of lambs
  The whole group is dosed for its heaviest lamb: 1 ml for every 5 kg of body weight, rounded
  up to a whole ml. Work out the dose and how much to draw up for the group.

  Scenario Outline: measuring out the drench
    Given the heaviest lamb weighs <weight> kg
    And there are <lambs> lambs in the group
    When the drench is measured out
    Then each lamb gets <dose> ml
    And the group needs <total> ml in all

    Examples:
      | weight | lambs | dose | total |
      | 20     | 10    | 4    | 40    |
      | 21     | 10    | 5    | 50    |
      | 25     | 6     | 5    | 30    |
      | 26     | 6     | 6    | 36    |
      | 29     | 12    | 6    | 72    |
      | 30     | 12    | 6    | 72    |
      | 31     | 8     | 7    | 56    |
      | 44     | 15    | 9    | 135   |
      | 12     | 2     | 3    | 6     |
