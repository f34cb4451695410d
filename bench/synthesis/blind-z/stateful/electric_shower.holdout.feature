Feature: Electric shower
  The temperature can only be changed while the shower is running. The dial goes from 30 to 45
  degrees and stops at either end. Switching the shower off keeps the setting for next time.

  Scenario: the setting is kept at the top
    Given the shower is "running" and set to 44 degrees
    When the temperature is turned up by 3 degrees
    And the shower is switched off
    And the shower is switched on
    Then the shower is "running"
    And the temperature is set to 45 degrees

  Scenario: cooling down after switching on
    Given the shower is "off" and set to 31 degrees
    When the temperature is turned down by 2 degrees
    Then the display shows "switch the shower on first"
    When the shower is switched on
    And the temperature is turned down by 2 degrees
    Then the temperature is set to 30 degrees
    When the temperature is turned up by 10 degrees
    Then the temperature is set to 40 degrees

  Scenario: turning down after switching off
    Given the shower is "running" and set to 36 degrees
    When the temperature is turned down by 3 degrees
    And the shower is switched off
    And the temperature is turned down by 3 degrees
    Then the display shows "switch the shower on first"
    And the temperature is set to 33 degrees
