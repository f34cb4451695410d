Feature: Phone hotspot
  Devices can join the hotspot while it is on. Turning it off drops every device.

  Scenario: full, then off and on
    Given the hotspot is off
    When the hotspot is turned on
    And the "camera" connects
    And the "laptop" connects
    And the "tablet" connects
    And the "watch" connects
    And the "speaker" connects
    Then the phone says "4 devices are already connected"
    When the hotspot is turned off
    And the hotspot is turned on
    And the "speaker" connects
    Then the connected devices are "speaker"

  Scenario: the kindle goes twice
    Given the hotspot is off
    When the hotspot is turned on
    And the "kindle" connects
    And the "tv" connects
    And the "kindle" disconnects
    And the "kindle" disconnects
    Then the phone says "the kindle is not connected"
    When the "tv" connects
    Then the phone says "the tv is already connected"
    And the connected devices are "tv"

  Scenario: reconnecting goes to the end
    Given the hotspot is off
    When the "tablet" connects
    Then the phone says "turn the hotspot on first"
    When the hotspot is turned on
    And the "tablet" connects
    And the "console" connects
    And the "tablet" disconnects
    And the "tablet" connects
    Then the connected devices are "console, tablet"
