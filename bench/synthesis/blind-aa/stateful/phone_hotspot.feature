Feature: Phone hotspot
  Devices can join the hotspot while it is on. Turning it off drops every device.

  Scenario: connecting devices
    Given the hotspot is off
    When the hotspot is turned on
    And the "laptop" connects
    And the "tablet" connects
    Then the connected devices are "laptop, tablet"

  Scenario: turning it off drops everyone
    Given the hotspot is off
    When the hotspot is turned on
    And the "laptop" connects
    And the "watch" connects
    And the hotspot is turned off
    Then no devices are connected
    When the "laptop" connects
    Then the phone says "turn the hotspot on first"
    When the hotspot is turned on
    Then no devices are connected

  Scenario: a full hotspot
    Given the hotspot is off
    When the hotspot is turned on
    And the "laptop" connects
    And the "tablet" connects
    And the "kindle" connects
    And the "console" connects
    And the "tv" connects
    Then the phone says "4 devices are already connected"
    When the "tablet" disconnects
    And the "tv" connects
    Then the connected devices are "laptop, kindle, console, tv"

  Scenario: connecting twice
    Given the hotspot is off
    When the hotspot is turned on
    And the "laptop" connects
    And the "laptop" connects
    Then the phone says "the laptop is already connected"
    And the connected devices are "laptop"

  Scenario: disconnecting
    Given the hotspot is off
    When the hotspot is turned on
    And the "tablet" disconnects
    Then the phone says "the tablet is not connected"
    When the "tablet" connects
    And the "tablet" disconnects
    Then no devices are connected
