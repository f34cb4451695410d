Feature: Poohsticks race
  Both sticks are dropped from the bridge at the same moment, and the stick that comes
  through underneath first wins. The margin is the difference in seconds; equal times are
  a dead heat with a margin of 0.

  Scenario Outline: calling a race
    Given the stick of "<first>" comes through after <first_time> seconds
    And the stick of "<second>" takes <second_time> seconds to come through
    When the race is called
    Then the result is "<result>"
    And the margin in seconds is <margin>

    Examples:
      | first | first_time | second | second_time | result    | margin |
      | Ana   | 12         | Ben    | 15          | Ana wins  | 3      |
      | Cal   | 20         | Dee    | 9           | Dee wins  | 11     |
      | Eve   | 14         | Fay    | 14          | dead heat | 0      |
      | Gus   | 7          | Hal    | 8           | Gus wins  | 1      |
      | Ivy   | 30         | Jo     | 22          | Jo wins   | 8      |
      | Kit   | 5          | Lou    | 5           | dead heat | 0      |
      | Max   | 18         | Ned    | 40          | Max wins  | 22     |
      | Ola   | 26         | Pip    | 25          | Pip wins  | 1      |
      | Ros   | 9          | Sam    | 16          | Ros wins  | 7      |
