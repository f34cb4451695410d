Feature: Touch lamp

  Scenario: back to bright after a hold
    Given a touch lamp that is off
    When the lamp is tapped 3 times
    And the lamp is held down
    And the lamp is tapped 2 times
    Then the lamp is "off"
    When the lamp is tapped
    Then the lamp is "dim"

  Scenario: held at medium, then round again
    Given a touch lamp that is off
    When the lamp is tapped 6 times
    Then the lamp is "medium"
    When the lamp is held down
    And the lamp is tapped 2 times
    Then the lamp is "bright"

  Scenario: unplugged after a hold at dim
    Given a touch lamp that is off
    When the lamp is tapped
    And the lamp is held down
    And the lamp is tapped
    Then the lamp is "dim"
    When the lamp is held down
    And the lamp is unplugged and plugged back in
    And the lamp is tapped 2 times
    Then the lamp is "medium"
