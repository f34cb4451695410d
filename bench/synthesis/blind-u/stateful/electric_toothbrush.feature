Feature: Electric toothbrush

  Scenario: stepping through the modes
    Given the brush is off
    When the power button is pressed
    Then the brush is on in "clean" mode
    When the mode button is pressed
    Then the brush is on in "white" mode
    When the mode button is pressed
    Then the brush is on in "gum" mode
    When the mode button is pressed
    Then the brush is on in "clean" mode

  Scenario: the timer stops the brush
    Given the brush is off
    When the power button is pressed
    And the brush runs for 50 seconds
    Then the brushing time is 50 seconds
    When the brush runs for 60 seconds
    Then the brushing time is 110 seconds
    And the brush is on in "clean" mode
    When the brush runs for 10 seconds
    Then the brush is off
    And the brushing time is 0 seconds

  Scenario: buttons while the brush is off
    Given the brush is off
    When the mode button is pressed
    Then the brush refuses with "the brush is off"
    When the brush runs for 30 seconds
    Then the brush refuses with "the brush is off"

  Scenario: switching off forgets the mode and the time
    Given the brush is off
    When the power button is pressed
    And the mode button is pressed
    And the mode button is pressed
    Then the brush is on in "gum" mode
    When the brush runs for 70 seconds
    Then the brushing time is 70 seconds
    When the power button is pressed
    Then the brush is off
    When the power button is pressed
    Then the brush is on in "clean" mode
    And the brushing time is 0 seconds

  Scenario: changing mode part way through
    Given the brush is off
    When the power button is pressed
    And the brush runs for 100 seconds
    And the mode button is pressed
    Then the brushing time is 100 seconds
    And the brush is on in "white" mode
    When the brush runs for 45 seconds
    Then the brush is off
    And the brushing time is 0 seconds
