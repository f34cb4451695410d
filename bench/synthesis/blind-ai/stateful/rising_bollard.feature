Feature: Rising bollard
  The bollard at the entrance to the market square stays up. A vehicle
  whose permit is on the list gets the bollard lowered, drives through, and
  the bollard rises again behind it. A vehicle with a permit that is not on
  the list, or with no permit, is turned away. The control room can hold the
  bollard down for an emergency; then every vehicle drives through until
  the control room releases it and it rises again.

  Scenario: a permit holder drives through
    Given the bollard is up
    And permit "P-204" is on the list
    When a vehicle with permit "P-204" arrives
    Then the vehicles let through are 1
    And the bollard is "up"

  Scenario: vehicles without a valid permit are turned away
    Given the bollard is up
    And permit "P-204" is on the list
    When a vehicle with permit "P-999" arrives
    Then the control panel shows "permit P-999 is not valid here"
    When a vehicle with no permit arrives
    Then the control panel shows "no permit, no entry"
    And the vehicles let through are 0

  Scenario: the bollard is held down for an emergency
    Given the bollard is up
    And permit "P-204" is on the list
    When the control room holds the bollard down
    Then the bollard is "down"
    When a vehicle with no permit arrives
    And a vehicle with permit "P-777" arrives
    Then the vehicles let through are 2
    When the control room releases the bollard
    And a vehicle with no permit arrives
    Then the control panel shows "no permit, no entry"
    And the bollard is "up"

  Scenario: permits are added and taken off
    Given the bollard is up
    And permit "P-204" is on the list
    When permit "P-310" is added to the list
    And permit "P-204" is taken off the list
    Then the permits on the list are "P-310"
    When a vehicle with permit "P-204" arrives
    Then the control panel shows "permit P-204 is not valid here"
    When a vehicle with permit "P-310" arrives
    Then the vehicles let through are 1

  Scenario: the control room makes slips
    Given the bollard is up
    And permit "P-204" is on the list
    When the control room releases the bollard
    Then the control panel shows "the bollard is not held down"
    When the control room holds the bollard down
    And the control room holds the bollard down
    Then the control panel shows "the bollard is already held down"
    When permit "P-555" is taken off the list
    Then the control panel shows "permit P-555 is not on the list"
    And the permits on the list are "P-204"
    When permit "P-204" is taken off the list
    Then the permits on the list are "none"
