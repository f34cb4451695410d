Feature: Dinghy handicap race
  Each boat's elapsed seconds are multiplied by 1000 and divided by its handicap number,
  rounded to the nearest second. The lower corrected time wins.

  Scenario Outline: two boats after the race
    Given the first boat took <first_time> seconds with handicap <first_py>
    And the second boat took <second_time> seconds with handicap <second_py>
    When the times are corrected
    Then the winner is "<winner>"
    And the gap in seconds is <gap>

    Examples:
      | first_time | first_py | second_time | second_py | winner      | gap |
      | 3100       | 1050     | 3000        | 1000      | first boat  | 48  |
      | 3300       | 1100     | 3600        | 1200      | dead heat   | 0   |
      | 4200       | 1400     | 2851        | 950       | first boat  | 1   |
      | 5000       | 1000     | 4400        | 900       | second boat | 111 |
      | 3333       | 1111     | 3030        | 1010      | dead heat   | 0   |
      | 2500       | 1250     | 2100        | 1000      | first boat  | 100 |
