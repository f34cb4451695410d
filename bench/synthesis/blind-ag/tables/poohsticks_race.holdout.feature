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
      | Tom   | 11         | Uma    | 19          | Tom wins  | 8      |
      | Vic   | 33         | Wes    | 12          | Wes wins  | 21     |
      | Xan   | 17         | Yas    | 17          | dead heat | 0      |
      | Zac   | 6          | Ana    | 10          | Zac wins  | 4      |
      | Ben   | 24         | Cal    | 23          | Cal wins  | 1      |
      | Dee   | 2          | Eve    | 3           | Dee wins  | 1      |
