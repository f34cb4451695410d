Feature: Dehumidifier
  The water tank holds 2.0 litres. Each hour of running collects 0.3 litres on normal and 0.5
  litres on boost. When the tank is full the machine stops and shows "tank full" until the tank
  is emptied; then it carries on in the mode it was in. It cannot be switched on with a full
  tank, but it can be switched off.

  Scenario: boost from cold
    Given the dehumidifier is off with an empty tank
    When it is switched to boost
    And 3 hours pass
    Then the tank holds 1.5 litres
    When it is switched to normal
    And 2 hours pass
    Then the tank holds 2.0 litres
    And the display shows "tank full"
    When the tank is emptied
    Then the display shows "normal"

  Scenario: a rest, then boost
    Given the dehumidifier is running on normal with 0.8 litres in the tank
    When 2 hours pass
    And it is switched off
    And 5 hours pass
    Then the tank holds 1.4 litres
    When it is switched to boost
    And 2 hours pass
    Then the display shows "tank full"
    When it is switched to normal
    Then switching is refused with "empty the tank first"
    And the tank holds 2.0 litres

  Scenario: emptied twice
    Given the dehumidifier is running on boost with 0.5 litres in the tank
    When the tank is emptied
    Then the tank holds 0.0 litres
    When the tank is emptied
    Then emptying is refused with "the tank is already empty"
    When 4 hours pass
    Then the display shows "tank full"
    When it is switched off
    And the tank is emptied
    Then the display shows "off"
