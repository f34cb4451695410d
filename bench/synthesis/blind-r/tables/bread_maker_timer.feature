Feature: Bread maker delay timer
  The delay timer counts from now until the loaf should be ready, in hours and minutes.
  A ready time earlier on the clock than now means tomorrow. The timer goes up to 13
  hours; anything longer is not accepted.

  Scenario Outline: setting the delay
    Given it is now "<now>"
    And the bread should be ready at "<ready>"
    When the delay timer is set
    Then the timer shows "<delay>"
    And the machine accepts it: <accepted>

    Examples:
      | now   | ready | delay | accepted |
      | 22:00 | 07:00 | 9:00  | yes      |
      | 21:30 | 06:45 | 9:15  | yes      |
      | 18:00 | 07:00 | 13:00 | yes      |
      | 17:59 | 07:00 | 13:01 | no       |
      | 14:00 | 16:30 | 2:30  | yes      |
      | 23:50 | 00:20 | 0:30  | yes      |
      | 08:15 | 08:00 | 23:45 | no       |
      | 19:20 | 06:05 | 10:45 | yes      |
      | 06:00 | 21:10 | 15:10 | no       |
