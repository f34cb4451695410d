Feature: Squirt gun
  The tank holds 600 ml. Each pump builds pressure for 3 shots, and the gun stores at most 9 shots
  of pressure; pumping that would store more is refused. A shot uses 50 ml of water and one shot of
  pressure.

  Scenario: filled and fired
    Given an empty squirt gun
    When the tank is filled
    And the gun is pumped 2 times
    And a shot is fired
    And a shot is fired
    Then the tank holds 500 ml
    And the shots of pressure left are 4
    And the shots fired are 2

  Scenario: running dry
    Given an empty squirt gun
    When 200 ml is poured in
    And the gun is pumped 3 times
    And a shot is fired
    And a shot is fired
    And a shot is fired
    And a shot is fired
    And a shot is fired
    Then the gun splutters "the tank is empty"
    And the shots of pressure left are 5
    And the shots fired are 4

  Scenario: pressure first
    Given an empty squirt gun
    When the tank is filled
    And a shot is fired
    Then the gun splutters "pump it first"
    When the gun is pumped 2 times
    And the gun is pumped 2 times
    Then the gun splutters "the gun stores at most 9 shots of pressure"
    And the shots of pressure left are 6

  Scenario: topping up
    Given an empty squirt gun
    When 500 ml is poured in
    And 150 ml is poured in
    Then the gun splutters "the tank only takes 100 ml more"
    When the tank is filled
    And the tank is filled
    Then the gun splutters "the tank is already full"
    And the tank holds 600 ml
