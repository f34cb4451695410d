Feature: Checking the hall clock against the radio

  Scenario Outline: comparing at the time signal
    Given the hall clock shows "<clock>"
    And the radio time signal says "<radio>"
    When the clock is compared with the radio
    Then the hall clock is "<verdict>"

    Examples:
      | clock | radio | verdict         |
      | 08:03 | 08:00 | 3 minutes fast  |
      | 18:01 | 18:00 | 1 minute fast   |
      | 21:15 | 21:00 | 15 minutes fast |
      | 14:07 | 13:55 | 12 minutes fast |
      | 12:00 | 12:00 | on time         |
      | 07:59 | 08:00 | 1 minute slow   |
      | 09:58 | 10:02 | 4 minutes slow  |
      | 06:30 | 07:00 | 30 minutes slow |
