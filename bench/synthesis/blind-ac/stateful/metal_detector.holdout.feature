Feature: Metal detector
  Sensitivity goes from 1 to 10, and a turn of the knob that would go past either end is
  refused. The mode button goes from "all metal" to "no iron" to "coins only" and back to
  "all metal". A find is picked up if it lies no deeper than 3 cm for each step of
  sensitivity and the mode lets it through: "no iron" ignores nails, and "coins only"
  ignores everything but coins.

  Scenario: a ring in the park
    Given the detector is set to sensitivity 4 in "no iron" mode
    When a "ring" 14 cm down is swept over
    Then the detector beeps: no
    When the sensitivity is turned up by 3
    And a "ring" 14 cm down is swept over
    Then the detector beeps: yes
    When a "nail" 2 cm down is swept over
    Then the detector beeps: no

  Scenario: round the modes
    Given the detector is set to sensitivity 10 in "coins only" mode
    When the sensitivity is turned up by 1
    Then the display shows "sensitivity only goes up to 10"
    When a "ring pull" 6 cm down is swept over
    Then the detector beeps: no
    When the mode button is pressed
    And the mode button is pressed
    Then the mode is "no iron"
    When a "ring pull" 30 cm down is swept over
    Then the detector beeps: yes
    When a "coin" 31 cm down is swept over
    Then the detector beeps: no

  Scenario: turned right down
    Given the detector is set to sensitivity 2 in "all metal" mode
    When the sensitivity is turned down by 2
    Then the display shows "sensitivity only goes down to 1"
    And the sensitivity is 2
    When the sensitivity is turned down by 1
    And a "nail" 3 cm down is swept over
    Then the detector beeps: yes
    When a "nail" 4 cm down is swept over
    Then the detector beeps: no
    And the mode is "all metal"
