Feature: Autoclave
  The door must be locked before the autoclave heats. While it heats the pressure rises by
  10 kPa a minute until the valve holds it at 100 kPa; while it rests the pressure falls by
  20 kPa a minute, down to nothing. The release valve lets all the pressure out at once, and
  the door cannot be opened while there is any pressure.

  Scenario: bringing it up to pressure
    Given an autoclave with its door open
    When the door is locked
    And the autoclave heats for 4 minutes
    Then the pressure is 40 kPa
    When the autoclave heats for 3 minutes
    Then the pressure is 70 kPa
    And the door is "locked"

  Scenario: the valve holds and the door stays shut
    Given an autoclave with its door open
    When the door is locked
    And the autoclave heats for 15 minutes
    Then the pressure is 100 kPa
    When the autoclave rests for 2 minutes
    Then the pressure is 60 kPa
    When the door is opened
    Then the autoclave refuses with "the chamber is still under pressure"
    And the door is "locked"
    When the pressure is released
    Then the pressure is 0 kPa
    When the door is opened
    Then the door is "open"

  Scenario: lock first and nothing to release
    Given an autoclave with its door open
    When the autoclave heats for 5 minutes
    Then the autoclave refuses with "lock the door first"
    And the pressure is 0 kPa
    When the door is locked
    And the autoclave heats for 6 minutes
    Then the pressure is 60 kPa
    When the autoclave rests for 4 minutes
    Then the pressure is 0 kPa
    When the pressure is released
    Then the autoclave refuses with "there is no pressure to release"
    When the door is opened
    Then the door is "open"

  Scenario: on and off the heat
    Given an autoclave with its door open
    When the door is locked
    And the autoclave heats for 9 minutes
    Then the pressure is 90 kPa
    When the autoclave heats for 2 minutes
    Then the pressure is 100 kPa
    When the autoclave rests for 3 minutes
    Then the pressure is 40 kPa
    When the autoclave heats for 2 minutes
    Then the pressure is 60 kPa
    When the pressure is released
    Then the pressure is 0 kPa
