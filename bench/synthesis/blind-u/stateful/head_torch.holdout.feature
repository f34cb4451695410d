Feature: Rechargeable head torch
  The button goes from off to high, then low, then off again. High uses 20% of the battery an
  hour and low uses 5%. At 0% the torch goes off by itself. Charging adds 25% an hour, up to
  100%, and only works while the torch is off.

  Scenario: a night walk on low then high
    Given the torch is off with the battery at "70%"
    When the button is pressed
    And the button is pressed
    And the torch is used for 6 hours
    And the button is pressed
    And the torch is used for 3 hours
    And the button is pressed
    And the torch is used for 2 hours
    Then the torch is off
    And the battery is at "0%"

  Scenario: a flat torch brought back
    Given the torch is off with the battery at "0%"
    When the button is pressed
    Then the torch refuses with "the battery is flat"
    When the torch charges for 3 hours
    And the button is pressed
    And the button is pressed
    Then the torch is on "low"
    When the torch is used for 5 hours
    Then the battery is at "50%"

  Scenario: topped up before a long night
    Given the torch is off with the battery at "90%"
    When the torch charges for 2 hours
    And the button is pressed
    And the torch charges for 4 hours
    Then the torch refuses with "switch the torch off to charge"
    When the torch is used for 3 hours
    Then the battery is at "40%"
    And the torch is on "high"
