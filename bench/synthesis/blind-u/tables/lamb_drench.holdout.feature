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
      | 18     | 20    | 4    | 80    |
      | 35     | 5     | 7    | 35    |
      | 36     | 9     | 8    | 72    |
      | 40     | 3     | 8    | 24    |
      | 52     | 7     | 11   | 77    |
      | 23     | 14    | 5    | 70    |
