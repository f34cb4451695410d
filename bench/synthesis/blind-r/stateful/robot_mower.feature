Feature: Robot mower
  The battery is shown in percent. Mowing the front lawn uses 30% and the back lawn 45%,
  and a lawn is only started when the battery has enough for all of it. Going back to
  the dock charges the battery to 100%. The mower will not mow while its rain sensor is
  wet.

  Scenario: both lawns on one charge
    Given the battery is at 100%
    And the rain sensor is dry
    When the front lawn is mowed
    Then the battery shows 70%
    When the back lawn is mowed
    Then the battery shows 25%
    When the mower goes back to its dock
    Then the battery shows 100%

  Scenario: not enough for the back lawn
    Given the battery is at 60%
    And the rain sensor is dry
    When the front lawn is mowed
    And the back lawn is mowed
    Then the mower says "only 30% left, the back lawn needs 45%"
    When the mower goes back to its dock
    And the back lawn is mowed
    Then the battery shows 55%

  Scenario: a wet morning
    Given the battery is at 90%
    And the rain sensor is wet
    When the front lawn is mowed
    Then the mower says "the rain sensor is wet"
    When the mower goes back to its dock
    Then the battery shows 100%
    When the rain stops
    And the front lawn is mowed
    Then the battery shows 70%

  Scenario: a shower between lawns
    Given the battery is at 100%
    And the rain sensor is dry
    When the back lawn is mowed
    And it starts raining
    And the back lawn is mowed
    Then the mower says "the rain sensor is wet"
    When the rain stops
    And the back lawn is mowed
    Then the battery shows 10%
    When the front lawn is mowed
    Then the mower says "only 10% left, the front lawn needs 30%"

  Scenario: just enough
    Given the battery is at 75%
    And the rain sensor is dry
    When the back lawn is mowed
    And the front lawn is mowed
    Then the battery shows 0%
    When the front lawn is mowed
    Then the mower says "only 0% left, the front lawn needs 30%"
