Feature: Patio parasol
  The canopy can only be tilted, and the lights only switched on, while the parasol is open.
  It tilts in steps of 10 degrees, up to 30 degrees. Closing the parasol switches the lights
  off, and the canopy must be straightened before it closes.

  Scenario: opening and tilting
    Given a closed parasol with its lights off
    When the parasol is opened
    And the canopy is tilted 20 degrees
    Then the parasol is "open"
    And the tilt is 20 degrees

  Scenario: tilting too far
    Given a closed parasol with its lights off
    When the parasol is opened
    And the canopy is tilted 10 degrees
    And the canopy is tilted 30 degrees
    Then the parasol refuses with "the canopy tilts at most 30 degrees"
    And the tilt is 10 degrees
    When the canopy is tilted 20 degrees
    Then the tilt is 30 degrees

  Scenario: closing with the canopy tilted
    Given a closed parasol with its lights off
    When the parasol is opened
    And the lights are switched on
    And the canopy is tilted 30 degrees
    And the parasol is closed
    Then the parasol refuses with "straighten the canopy first"
    And the parasol is "open"
    When the canopy is straightened
    And the parasol is closed
    Then the parasol is "closed"
    And the lights are "off"
    And the tilt is 0 degrees

  Scenario: nothing works while it is closed
    Given a closed parasol with its lights off
    When the lights are switched on
    Then the parasol refuses with "open the parasol first"
    And the lights are "off"
    When the canopy is tilted 10 degrees
    Then the parasol refuses with "open the parasol first"
    And the tilt is 0 degrees

  Scenario: switching the lights off by hand
    Given a closed parasol with its lights off
    When the parasol is opened
    And the lights are switched on
    Then the lights are "on"
    When the lights are switched off
    Then the lights are "off"
    And the parasol is "open"
