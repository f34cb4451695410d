Feature: E-bike assist
  The assist has five levels: off, eco, tour, sport and turbo. Plus goes one level up
  and minus one level down. Holding minus switches the assist straight off.

  Scenario: climbing through the levels
    Given the assist is on "eco"
    When the rider presses plus
    And the rider presses plus
    And the rider presses plus
    Then the display shows "turbo"
    When the rider presses minus
    Then the display shows "sport"

  Scenario: off from sport
    Given the assist is on "sport"
    When the rider holds minus
    And the rider presses minus
    Then the display warns "assist is already off"
    And the display shows "off"

  Scenario: all the way up and off again
    Given the assist is on "off"
    When the rider presses plus
    And the rider presses plus
    And the rider presses plus
    And the rider presses plus
    And the rider presses plus
    Then the display warns "already at full assist"
    When the rider holds minus
    Then the display shows "off"
