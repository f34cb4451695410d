Feature: Electric toothbrush

  Scenario: round the modes and on to the next
    Given the brush is off
    When the power button is pressed
    And the mode button is pressed
    And the mode button is pressed
    And the mode button is pressed
    And the mode button is pressed
    Then the brush is on in "white" mode

  Scenario: the timer runs on across a mode change
    Given the brush is off
    When the power button is pressed
    And the brush runs for 80 seconds
    And the mode button is pressed
    And the brush runs for 30 seconds
    Then the brushing time is 110 seconds
    When the brush runs for 20 seconds
    Then the brush is off
    When the mode button is pressed
    Then the brush refuses with "the brush is off"

  Scenario: a fresh start after switching off
    Given the brush is off
    When the power button is pressed
    And the brush runs for 60 seconds
    And the power button is pressed
    And the power button is pressed
    And the brush runs for 40 seconds
    Then the brushing time is 40 seconds
    And the brush is on in "clean" mode
