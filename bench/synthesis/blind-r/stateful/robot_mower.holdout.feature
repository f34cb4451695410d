Feature: Robot mower
  The battery is shown in percent. Mowing the front lawn uses 30% and the back lawn 45%,
  and a lawn is only started when the battery has enough for all of it. Going back to
  the dock charges the battery to 100%. The mower will not mow while its rain sensor is
  wet.

  Scenario: a flat battery and a fresh one
    Given the battery is at 45%
    And the rain sensor is dry
    When the back lawn is mowed
    Then the battery shows 0%
    When the mower goes back to its dock
    And the front lawn is mowed
    And the front lawn is mowed
    And the front lawn is mowed
    Then the battery shows 10%

  Scenario: rain then a short battery
    Given the battery is at 50%
    And the rain sensor is wet
    When the back lawn is mowed
    Then the mower says "the rain sensor is wet"
    When the rain stops
    And the back lawn is mowed
    Then the battery shows 5%
    When the back lawn is mowed
    Then the mower says "only 5% left, the back lawn needs 45%"

  Scenario: one percent short
    Given the battery is at 29%
    And the rain sensor is dry
    When the front lawn is mowed
    Then the mower says "only 29% left, the front lawn needs 30%"
    When it starts raining
    And the mower goes back to its dock
    Then the battery shows 100%
    When the rain stops
    And the front lawn is mowed
    Then the battery shows 70%
