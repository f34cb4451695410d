Feature: Metal detector
  Sensitivity goes from 1 to 10, and a turn of the knob that would go past either end is
  refused. The mode button goes from "all metal" to "no iron" to "coins only" and back to
  "all metal". A find is picked up if it lies no deeper than 3 cm for each step of
  sensitivity and the mode lets it through: "no iron" ignores nails, and "coins only"
  ignores everything but coins.

  Scenario: deeper finds need more sensitivity
    Given the detector is set to sensitivity 5 in "all metal" mode
    When a "nail" 12 cm down is swept over
    Then the detector beeps: yes
    When a "coin" 16 cm down is swept over
    Then the detector beeps: no
    When the sensitivity is turned up by 1
    And a "coin" 16 cm down is swept over
    Then the detector beeps: yes
    And the sensitivity is 6

  Scenario: the top of the dial
    Given the detector is set to sensitivity 8 in "all metal" mode
    When the sensitivity is turned up by 3
    Then the display shows "sensitivity only goes up to 10"
    And the sensitivity is 8
    When the sensitivity is turned up by 2
    And the mode button is pressed
    Then the mode is "no iron"
    When a "nail" 5 cm down is swept over
    Then the detector beeps: no
    When a "ring" 30 cm down is swept over
    Then the detector beeps: yes

  Scenario: the bottom of the dial
    Given the detector is set to sensitivity 3 in "coins only" mode
    When the mode button is pressed
    Then the mode is "all metal"
    When the sensitivity is turned down by 2
    And the sensitivity is turned down by 1
    Then the display shows "sensitivity only goes down to 1"
    And the sensitivity is 1
    When a "ring pull" 3 cm down is swept over
    Then the detector beeps: yes
    When a "coin" 4 cm down is swept over
    Then the detector beeps: no

  Scenario: hunting for coins
    Given the detector is set to sensitivity 6 in "no iron" mode
    When the mode button is pressed
    And a "ring" 10 cm down is swept over
    Then the detector beeps: no
    When a "coin" 18 cm down is swept over
    Then the detector beeps: yes
    When the sensitivity is turned down by 3
    And a "coin" 12 cm down is swept over
    Then the detector beeps: no
    When the mode button is pressed
    And a "ring" 9 cm down is swept over
    Then the detector beeps: yes
    And the mode is "all metal"
    And the sensitivity is 3
