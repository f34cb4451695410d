Feature: Touch lamp

  Scenario: tapping round the levels
    Given a touch lamp that is off
    When the lamp is tapped
    Then the lamp is "dim"
    When the lamp is tapped 2 times
    Then the lamp is "bright"
    When the lamp is tapped
    Then the lamp is "off"

  Scenario: holding it down remembers the level
    Given a touch lamp that is off
    When the lamp is tapped 2 times
    And the lamp is held down
    Then the lamp is "off"
    When the lamp is tapped
    Then the lamp is "medium"

  Scenario: the remembered level is used once
    Given a touch lamp that is off
    When the lamp is tapped 3 times
    And the lamp is held down
    And the lamp is tapped
    Then the lamp is "bright"
    When the lamp is tapped 2 times
    Then the lamp is "dim"

  Scenario: unplugging forgets the level
    Given a touch lamp that is off
    When the lamp is tapped 3 times
    And the lamp is held down
    And the lamp is unplugged and plugged back in
    Then the lamp is "off"
    When the lamp is tapped
    Then the lamp is "dim"

  Scenario: unplugged while lit
    Given a touch lamp that is off
    When the lamp is tapped 5 times
    Then the lamp is "dim"
    When the lamp is unplugged and plugged back in
    Then the lamp is "off"
    When the lamp is tapped 4 times
    Then the lamp is "off"
