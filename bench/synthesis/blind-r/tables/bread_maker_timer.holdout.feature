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
      | 23:00 | 06:30 | 7:30  | yes      |
      | 20:45 | 09:40 | 12:55 | yes      |
      | 16:40 | 07:00 | 14:20 | no       |
      | 10:05 | 10:00 | 23:55 | no       |
      | 12:00 | 17:35 | 5:35  | yes      |
      | 00:30 | 13:30 | 13:00 | yes      |
