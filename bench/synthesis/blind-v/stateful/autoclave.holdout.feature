Feature: Autoclave
  The door must be locked before the autoclave heats. While it heats the pressure rises by
  10 kPa a minute until the valve holds it at 100 kPa; while it rests the pressure falls by
  20 kPa a minute, down to nothing. The release valve lets all the pressure out at once, and
  the door cannot be opened while there is any pressure.

  Scenario: waiting for the pressure to drop
    Given an autoclave with its door open
    When the door is locked
    And the autoclave heats for 7 minutes
    And the autoclave rests for 2 minutes
    Then the pressure is 30 kPa
    When the door is opened
    Then the autoclave refuses with "the chamber is still under pressure"
    When the autoclave rests for 2 minutes
    Then the pressure is 0 kPa
    When the door is opened
    Then the door is "open"

  Scenario: released twice
    Given an autoclave with its door open
    When the door is locked
    And the autoclave heats for 12 minutes
    Then the pressure is 100 kPa
    When the pressure is released
    And the autoclave heats for 3 minutes
    Then the pressure is 30 kPa
    When the pressure is released
    And the pressure is released
    Then the autoclave refuses with "there is no pressure to release"
    And the pressure is 0 kPa

  Scenario: a forgotten door and a long rest
    Given an autoclave with its door open
    When the autoclave heats for 2 minutes
    Then the autoclave refuses with "lock the door first"
    When the door is locked
    And the autoclave heats for 2 minutes
    Then the pressure is 20 kPa
    When the autoclave heats for 10 minutes
    Then the pressure is 100 kPa
    When the autoclave rests for 5 minutes
    Then the pressure is 0 kPa
    When the door is opened
    Then the door is "open"
