Feature: Checking the hall clock against the radio

  Scenario Outline: comparing at the time signal
    Given the hall clock shows "<clock>"
    And the radio time signal says "<radio>"
    When the clock is compared with the radio
    Then the hall clock is "<verdict>"

    Examples:
      | clock | radio | verdict         |
      | 10:10 | 10:00 | 10 minutes fast |
      | 19:02 | 19:01 | 1 minute fast   |
      | 05:40 | 05:22 | 18 minutes fast |
      | 07:45 | 07:45 | on time         |
      | 16:58 | 16:59 | 1 minute slow   |
      | 11:50 | 12:05 | 15 minutes slow |
