Feature: Automatic hen house door
  The pop hole opens by itself at sunrise and shuts at sunset. A sensor counts
  the hens going out and coming back in. At sunset the door will not shut on a
  hen that is still out: it waits, and shuts as soon as the last one is home.
  The keeper can also shut it by hand. Hens cannot pass a shut door.

  Scenario: two late hens
    Given a flock of 7 hens shut in for the night
    When the sun rises
    And 5 hens go out
    And 3 hens come back in
    And the sun sets
    Then the door is "waiting for hens"
    When a hen comes back in
    Then the door is "waiting for hens"
    And the hens outside are 1
    When a hen comes back in
    Then the door is "shut"
    And the hens inside are 7

  Scenario: the keeper shuts up early
    Given a flock of 4 hens shut in for the night
    When the sun rises
    And a hen goes out
    And the keeper shuts the door
    And a hen goes out
    Then the sensor reports "the door is shut"
    And the hens inside are 3

  Scenario: a day indoors
    Given a flock of 9 hens shut in for the night
    When the sun rises
    And the sun sets
    Then the door is "shut"
    And the hens inside are 9
    When the sun rises
    Then the door is "open"
