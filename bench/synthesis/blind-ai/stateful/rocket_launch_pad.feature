Feature: Rocket launch pad
  At the model rocket club a rocket may only be put on the pad or taken off
  it while the safety key is out of the launch controller. The launch button
  works only with the key in, the range called clear and a rocket on the
  pad. A rocket that flies leaves the pad. If the motor does not light, the
  rocket stays on the pad and nobody may go near it for 60 seconds, so it
  cannot be taken off until they have passed; the button may still be
  pressed again from the controller.

  Scenario: a normal flight
    Given the pad is empty, the key is out and the range is clear
    When "Comet" is put on the pad
    And the safety key is put in
    And the launch button is pressed
    Then the rockets flown are 1
    And the rocket on the pad is "none"

  Scenario: the key and the range are checked
    Given the pad is empty, the key is out and the range is clear
    When "Comet" is put on the pad
    And the launch button is pressed
    Then the range officer says "put the safety key in first"
    When the safety key is put in
    And someone walks onto the range
    And the launch button is pressed
    Then the range officer says "the range is not clear"
    When the range is called clear
    And the launch button is pressed
    Then the rockets flown are 1

  Scenario: waiting after a misfire
    Given the pad is empty, the key is out and the range is clear
    When "Comet" is put on the pad
    And the safety key is put in
    And the launch button is pressed but the motor does not light
    And the safety key is taken out
    And 40 seconds pass
    And the rocket is taken off the pad
    Then the range officer says "wait 20 more seconds"
    And the rocket on the pad is "Comet"
    When 20 seconds pass
    And the rocket is taken off the pad
    Then the rocket on the pad is "none"
    And the rockets flown are 0

  Scenario: loading the pad
    Given the pad is empty, the key is out and the range is clear
    When "Comet" is put on the pad
    And "Vega" is put on the pad
    Then the range officer says "Comet is already on the pad"
    When the safety key is put in
    And the rocket is taken off the pad
    Then the range officer says "take the safety key out first"
    When the launch button is pressed
    And "Vega" is put on the pad
    Then the range officer says "take the safety key out first"
    And the rockets flown are 1

  Scenario: a second press after a misfire
    Given the pad is empty, the key is out and the range is clear
    When the safety key is put in
    And the launch button is pressed
    Then the range officer says "the pad is empty"
    When the safety key is taken out
    And "Vega" is put on the pad
    And the safety key is put in
    And the launch button is pressed but the motor does not light
    And 30 seconds pass
    And the launch button is pressed
    Then the rockets flown are 1
    And the rocket on the pad is "none"
