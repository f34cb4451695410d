Feature: Dehumidifier
  The water tank holds 2.0 litres. Each hour of running collects 0.3 litres on normal and 0.5
  litres on boost. When the tank is full the machine stops and shows "tank full" until the tank
  is emptied; then it carries on in the mode it was in. It cannot be switched on with a full
  tank, but it can be switched off.

  Scenario: running on normal
    Given the dehumidifier is off with an empty tank
    When it is switched to normal
    And 3 hours pass
    Then the tank holds 0.9 litres
    And the display shows "normal"
    When it is switched off
    And 4 hours pass
    Then the tank holds 0.9 litres
    And the display shows "off"

  Scenario: boost then normal until full
    Given the dehumidifier is running on normal with 0.4 litres in the tank
    When it is switched to boost
    And 2 hours pass
    Then the tank holds 1.4 litres
    When it is switched to normal
    And 2 hours pass
    Then the tank holds 2.0 litres
    And the display shows "tank full"
    When the tank is emptied
    Then the tank holds 0.0 litres
    And the display shows "normal"

  Scenario: the tank fills part way through
    Given the dehumidifier is running on boost with 1.2 litres in the tank
    When 3 hours pass
    Then the tank holds 2.0 litres
    And the display shows "tank full"
    When it is switched to normal
    Then switching is refused with "empty the tank first"
    When 2 hours pass
    Then the tank holds 2.0 litres
    When the tank is emptied
    Then the display shows "boost"
    When 2 hours pass
    Then the tank holds 1.0 litres

  Scenario: nothing to empty
    Given the dehumidifier is off with an empty tank
    When the tank is emptied
    Then emptying is refused with "the tank is already empty"
    When it is switched to boost
    And 2 hours pass
    And it is switched off
    And the tank is emptied
    Then the tank holds 0.0 litres
    And the display shows "off"

  Scenario: switched off while full
    Given the dehumidifier is running on normal with 1.7 litres in the tank
    When 2 hours pass
    Then the display shows "tank full"
    When it is switched off
    Then the display shows "off"
    When it is switched to boost
    Then switching is refused with "empty the tank first"
    When the tank is emptied
    Then the display shows "off"
    When it is switched to boost
    Then the display shows "boost"
