Feature: Automatic hen house door
  The pop hole opens by itself at sunrise and shuts at sunset. A sensor counts
  the hens going out and coming back in. At sunset the door will not shut on a
  hen that is still out: it waits, and shuts as soon as the last one is home.
  The keeper can also shut it by hand. Hens cannot pass a shut door.

  Scenario: letting the hens out
    Given a flock of 6 hens shut in for the night
    When the sun rises
    And 4 hens go out
    Then the door is "open"
    And the hens outside are 4

  Scenario: all home by sunset
    Given a flock of 6 hens shut in for the night
    When the sun rises
    And 2 hens go out
    And 2 hens come back in
    And the sun sets
    Then the door is "shut"
    And the hens inside are 6

  Scenario: a late hen
    Given a flock of 5 hens shut in for the night
    When the sun rises
    And 4 hens go out
    And 3 hens come back in
    And the sun sets
    Then the door is "waiting for hens"
    And the hens outside are 1
    When a hen comes back in
    Then the door is "shut"

  Scenario: the door is still shut
    Given a flock of 5 hens shut in for the night
    When a hen goes out
    Then the sensor reports "the door is shut"
    And the hens inside are 5

  Scenario: shut by hand
    Given a flock of 8 hens shut in for the night
    When the sun rises
    And 3 hens go out
    And the keeper shuts the door
    Then the door is "shut"
    When a hen comes back in
    Then the sensor reports "the door is shut"
    And the hens outside are 3
