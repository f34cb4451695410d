Feature: Washing machine programme dial
  Turning the dial clockwise goes from cotton to synthetics to wool to quick and back to cotton; turning it anticlockwise goes the other way. The dial cannot be turned while the machine is running.

  Scenario: clockwise past the end
    Given the dial points at wool
    When the dial is turned clockwise
    And the dial is turned clockwise
    Then the selected programme is "cotton"

  Scenario: two steps back
    Given the dial points at synthetics
    When the dial is turned anticlockwise
    And the dial is turned anticlockwise
    Then the selected programme is "quick"

  Scenario: after a quick wash
    Given the dial points at quick
    When the start button is pressed
    And the machine is stopped
    And the dial is turned clockwise
    Then the selected programme is "cotton"
    And the machine is running: no

  Scenario: refused anticlockwise too
    Given the dial points at cotton
    When the start button is pressed
    And the dial is turned anticlockwise
    Then the turn is refused with "stop the machine first"
    And the selected programme is "cotton"
