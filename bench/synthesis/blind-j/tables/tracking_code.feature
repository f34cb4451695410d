Feature: Parcel tracking code

  Scenario Outline: printing the code on a label
    Given a parcel from carrier "<carrier>" with number <number>
    When the tracking code is printed
    Then the label shows "<code>"

    Examples:
      | carrier | number   | code          |
      | dx      | 4521     | DX00004521    |
      | DX      | 1        | DX00000001    |
      | RM      | 12345678 | RM12345678    |
      | ups     | 990      | UPS00000990   |
      | Gls     | 70001    | GLS00070001   |
      | yodel   | 314159   | YODEL00314159 |
      | rm      | 88       | RM00000088    |
      | dpd     | 1000000  | DPD01000000   |
