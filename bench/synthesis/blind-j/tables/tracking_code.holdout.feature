Feature: Parcel tracking code

  Scenario Outline: printing the code on a label
    Given a parcel from carrier "<carrier>" with number <number>
    When the tracking code is printed
    Then the label shows "<code>"

    Examples:
      | carrier | number   | code         |
      | evri    | 73       | EVRI00000073 |
      | DX      | 99999999 | DX99999999   |
      | gls     | 5        | GLS00000005  |
      | Ups     | 4004     | UPS00004004  |
      | rm      | 123456   | RM00123456   |
      | dpd     | 2        | DPD00000002  |
