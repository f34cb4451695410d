Feature: Signal bars
  Signal strength is measured in dBm, which is always negative; the closer to zero, the
  stronger. The phone shows 4 bars from -70 dBm up, 3 bars from -85, 2 bars from -100 and
  1 bar from -110. Anything weaker than -110 shows no bars.

  Scenario Outline: bars and label for a measured signal
    Given the phone measures <dbm> dBm
    When the signal indicator updates
    Then the bar count is <bars>
    And the label next to the bars says "<label>"

    Examples:
      | dbm  | bars | label     |
      | -40  | 4    | excellent |
      | -78  | 3    | good      |
      | -93  | 2    | fair      |
      | -105 | 1    | poor      |
      | -120 | 0    | no signal |
      | -130 | 0    | no signal |
