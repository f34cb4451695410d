Feature: E-bike assist
  The assist has five levels: off, eco, tour, sport and turbo. Plus goes one level up
  and minus one level down. Holding minus switches the assist straight off.

  Scenario: setting off
    Given the assist is on "off"
    When the rider presses plus
    And the rider presses plus
    Then the display shows "tour"

  Scenario: nothing above turbo
    Given the assist is on "sport"
    When the rider presses plus
    Then the display shows "turbo"
    When the rider presses plus
    Then the display warns "already at full assist"
    And the display shows "turbo"

  Scenario: easing off
    Given the assist is on "tour"
    When the rider presses minus
    And the rider presses minus
    Then the display shows "off"
    When the rider presses minus
    Then the display warns "assist is already off"

  Scenario: switching off in one go
    Given the assist is on "turbo"
    When the rider holds minus
    Then the display shows "off"
    When the rider presses plus
    Then the display shows "eco"

  Scenario: holding minus when it is off
    Given the assist is on "off"
    When the rider holds minus
    Then the display warns "assist is already off"
    And the display shows "off"
