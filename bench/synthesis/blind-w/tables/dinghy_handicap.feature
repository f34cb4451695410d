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
      | 3000       | 1000     | 3300        | 1100      | dead heat   | 0   |
      | 3000       | 1000     | 3200        | 1100      | second boat | 91  |
      | 3600       | 1200     | 2900        | 1000      | second boat | 100 |
      | 2800       | 1000     | 3100        | 1100      | first boat  | 18  |
      | 4000       | 1250     | 3900        | 1200      | first boat  | 50  |
      | 3500       | 1000     | 3500        | 1000      | dead heat   | 0   |
      | 3000       | 900      | 3000        | 1000      | second boat | 333 |
      | 2700       | 900      | 3301        | 1100      | first boat  | 1   |
      | 2700       | 900      | 3299        | 1100      | second boat | 1   |
