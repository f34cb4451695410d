Feature: Electric shower
  The temperature can only be changed while the shower is running. The dial goes from 30 to 45
  degrees and stops at either end. Switching the shower off keeps the setting for next time.

  Scenario: switching on
    Given the shower is "off" and set to 38 degrees
    When the shower is switched on
    Then the shower is "running"
    And the temperature is set to 38 degrees
    When the temperature is turned up by 3 degrees
    Then the temperature is set to 41 degrees

  Scenario: as hot as it goes
    Given the shower is "running" and set to 42 degrees
    When the temperature is turned up by 5 degrees
    Then the temperature is set to 45 degrees
    When the temperature is turned down by 2 degrees
    Then the temperature is set to 43 degrees

  Scenario: as cool as it goes
    Given the shower is "running" and set to 33 degrees
    When the temperature is turned down by 6 degrees
    Then the temperature is set to 30 degrees
    When the temperature is turned up by 4 degrees
    Then the temperature is set to 34 degrees

  Scenario: the dial does nothing while the shower is off
    Given the shower is "off" and set to 40 degrees
    When the temperature is turned up by 2 degrees
    Then the display shows "switch the shower on first"
    And the temperature is set to 40 degrees
    When the shower is switched on
    And the temperature is turned up by 2 degrees
    And the shower is switched off
    Then the shower is "off"
    And the temperature is set to 42 degrees
