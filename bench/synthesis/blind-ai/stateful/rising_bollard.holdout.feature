Feature: Rising bollard
  The bollard at the entrance to the market square stays up. A vehicle
  whose permit is on the list gets the bollard lowered, drives through, and
  the bollard rises again behind it. A vehicle with a permit that is not on
  the list, or with no permit, is turned away. The control room can hold the
  bollard down for an emergency; then every vehicle drives through until
  the control room releases it and it rises again.

  Scenario: an unknown permit gets through while the bollard is held down
    Given the bollard is up
    And permit "P-204" is on the list
    When the control room holds the bollard down
    And a vehicle with permit "P-999" arrives
    And the control room releases the bollard
    And a vehicle with permit "P-204" arrives
    Then the vehicles let through are 2
    And the bollard is "up"

  Scenario: a permit that comes and goes
    Given the bollard is up
    And permit "P-204" is on the list
    When permit "P-310" is added to the list
    And permit "P-310" is taken off the list
    And a vehicle with permit "P-310" arrives
    Then the control panel shows "permit P-310 is not valid here"
    And the permits on the list are "P-204"
    And the vehicles let through are 0

  Scenario: an empty permit list
    Given the bollard is up
    And permit "P-204" is on the list
    When permit "P-204" is taken off the list
    Then the permits on the list are "none"
    When a vehicle with no permit arrives
    Then the control panel shows "no permit, no entry"
    When the control room holds the bollard down
    And the control room releases the bollard
    And the control room releases the bollard
    Then the control panel shows "the bollard is not held down"
    And the bollard is "up"
