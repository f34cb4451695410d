Feature: Rechargeable head torch
  The button goes from off to high, then low, then off again. High uses 20% of the battery an
  hour and low uses 5%. At 0% the torch goes off by itself. Charging adds 25% an hour, up to
  100%, and only works while the torch is off.

  Scenario: the button order
    Given the torch is off with the battery at "100%"
    When the button is pressed
    Then the torch is on "high"
    When the button is pressed
    Then the torch is on "low"
    When the button is pressed
    Then the torch is off

  Scenario: high and low drain the battery
    Given the torch is off with the battery at "100%"
    When the button is pressed
    And the torch is used for 2 hours
    Then the battery is at "60%"
    When the button is pressed
    And the torch is used for 4 hours
    Then the battery is at "40%"
    And the torch is on "low"

  Scenario: running flat
    Given the torch is off with the battery at "30%"
    When the button is pressed
    And the torch is used for 3 hours
    Then the torch is off
    And the battery is at "0%"
    When the button is pressed
    Then the torch refuses with "the battery is flat"
    When the torch charges for 2 hours
    And the button is pressed
    Then the torch is on "high"

  Scenario: charging
    Given the torch is off with the battery at "10%"
    When the torch charges for 2 hours
    Then the battery is at "60%"
    When the button is pressed
    And the torch charges for 2 hours
    Then the torch refuses with "switch the torch off to charge"
    When the button is pressed
    And the button is pressed
    And the torch charges for 3 hours
    Then the battery is at "100%"

  Scenario: no drain while off
    Given the torch is off with the battery at "45%"
    When the torch is used for 5 hours
    Then the battery is at "45%"
    When the button is pressed
    And the button is pressed
    And the torch is used for 8 hours
    Then the battery is at "5%"
    And the torch is on "low"
    When the torch is used for 2 hours
    Then the torch is off
    And the battery is at "0%"
