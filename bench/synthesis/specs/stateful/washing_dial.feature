Feature: Washing machine programme dial
  Turning the dial clockwise goes from cotton to synthetics to wool to quick and back to cotton; turning it anticlockwise goes the other way. The dial cannot be turned while the machine is running.

  Scenario: one step clockwise
    Given the dial points at cotton
    When the dial is turned clockwise
    Then the selected programme is "synthetics"

  Scenario: all the way round
    Given the dial points at cotton
    When the dial is turned clockwise
    And the dial is turned clockwise
    And the dial is turned clockwise
    And the dial is turned clockwise
    Then the selected programme is "cotton"

  Scenario: anticlockwise from cotton
    Given the dial points at cotton
    When the dial is turned anticlockwise
    Then the selected programme is "quick"

  Scenario: turning while the machine runs
    Given the dial points at wool
    When the start button is pressed
    And the dial is turned clockwise
    Then the turn is refused with "stop the machine first"
    And the selected programme is "wool"
    And the machine is running: yes

  Scenario: stopping frees the dial
    Given the dial points at synthetics
    When the start button is pressed
    And the machine is stopped
    And the dial is turned clockwise
    Then the selected programme is "wool"
    And the machine is running: no
