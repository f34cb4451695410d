Feature: Squirt gun
  The tank holds 600 ml. Each pump builds pressure for 3 shots, and the gun stores at most 9 shots
  of pressure; pumping that would store more is refused. A shot uses 50 ml of water and one shot of
  pressure.

  Scenario: a small drink of water
    Given an empty squirt gun
    When 100 ml is poured in
    And the gun is pumped 3 times
    And a shot is fired
    And a shot is fired
    And a shot is fired
    Then the gun splutters "the tank is empty"
    And the shots of pressure left are 7
    And the tank holds 0 ml
    And the shots fired are 2

  Scenario: pumping too far
    Given an empty squirt gun
    When the tank is filled
    And the gun is pumped 2 times
    And a shot is fired
    And a shot is fired
    And the gun is pumped 2 times
    Then the gun splutters "the gun stores at most 9 shots of pressure"
    And the shots of pressure left are 4
    And the tank holds 500 ml

  Scenario: nearly full
    Given an empty squirt gun
    When 350 ml is poured in
    And 300 ml is poured in
    Then the gun splutters "the tank only takes 250 ml more"
    When the tank is filled
    And the tank is filled
    Then the gun splutters "the tank is already full"
    And the tank holds 600 ml
