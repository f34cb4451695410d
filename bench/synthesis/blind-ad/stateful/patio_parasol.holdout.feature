Feature: Patio parasol
  The canopy can only be tilted, and the lights only switched on, while the parasol is open.
  It tilts in steps of 10 degrees, up to 30 degrees. Closing the parasol switches the lights
  off, and the canopy must be straightened before it closes.

  Scenario: tilting in three steps
    Given a closed parasol with its lights off
    When the parasol is opened
    And the canopy is tilted 10 degrees
    And the canopy is tilted 10 degrees
    And the canopy is tilted 10 degrees
    Then the tilt is 30 degrees
    When the canopy is tilted 10 degrees
    Then the parasol refuses with "the canopy tilts at most 30 degrees"
    And the tilt is 30 degrees

  Scenario: closing up in the evening
    Given a closed parasol with its lights off
    When the parasol is opened
    And the lights are switched on
    And the canopy is tilted 20 degrees
    And the parasol is closed
    Then the parasol refuses with "straighten the canopy first"
    And the lights are "on"
    When the canopy is straightened
    Then the tilt is 0 degrees
    When the parasol is closed
    Then the parasol is "closed"
    And the lights are "off"

  Scenario: opening it again
    Given a closed parasol with its lights off
    When the parasol is opened
    And the parasol is closed
    And the canopy is tilted 20 degrees
    Then the parasol refuses with "open the parasol first"
    When the parasol is opened
    And the lights are switched on
    And the canopy is tilted 20 degrees
    Then the tilt is 20 degrees
    And the lights are "on"
