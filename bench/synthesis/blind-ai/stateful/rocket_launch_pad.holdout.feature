Feature: Rocket launch pad
  At the model rocket club a rocket may only be put on the pad or taken off
  it while the safety key is out of the launch controller. The launch button
  works only with the key in, the range called clear and a rocket on the
  pad. A rocket that flies leaves the pad. If the motor does not light, the
  rocket stays on the pad and nobody may go near it for 60 seconds, so it
  cannot be taken off until they have passed; the button may still be
  pressed again from the controller.

  Scenario: a misfired rocket is swapped for another
    Given the pad is empty, the key is out and the range is clear
    When "Vega" is put on the pad
    And the safety key is put in
    And the launch button is pressed but the motor does not light
    And the safety key is taken out
    And 60 seconds pass
    And the rocket is taken off the pad
    And "Comet" is put on the pad
    And the safety key is put in
    And the launch button is pressed
    Then the rockets flown are 1
    And the rocket on the pad is "none"

  Scenario: a misfire after the range is cleared again
    Given the pad is empty, the key is out and the range is clear
    When "Comet" is put on the pad
    And the safety key is put in
    And someone walks onto the range
    And the launch button is pressed
    Then the range officer says "the range is not clear"
    When the range is called clear
    And the launch button is pressed but the motor does not light
    And the safety key is taken out
    And 15 seconds pass
    And the rocket is taken off the pad
    Then the range officer says "wait 45 more seconds"
    And the rockets flown are 0

  Scenario: one rocket at a time
    Given the pad is empty, the key is out and the range is clear
    When the safety key is put in
    And "Vega" is put on the pad
    Then the range officer says "take the safety key out first"
    When the safety key is taken out
    And "Vega" is put on the pad
    And "Comet" is put on the pad
    Then the range officer says "Vega is already on the pad"
    And the rocket on the pad is "Vega"
