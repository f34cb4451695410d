Feature: Kitchen scales
  The scales weigh up to 5000 g; anything heavier on them shows "overload". The tare button
  makes the display read 0 g with whatever is on the scales.

  Scenario: weighing into a bowl
    Given the scales are switched on with nothing on them
    When 320 g is put on the scales
    Then the display shows "320 g"
    When the tare button is pressed
    Then the display shows "0 g"
    When 250 g is put on the scales
    Then the display shows "250 g"

  Scenario: taking the bowl off after a tare
    Given the scales are switched on with nothing on them
    When 500 g is put on the scales
    And the tare button is pressed
    And 500 g is taken off the scales
    Then the display shows "-500 g"

  Scenario: overloading
    Given the scales are switched on with nothing on them
    When 4000 g is put on the scales
    And the tare button is pressed
    And 1000 g is put on the scales
    Then the display shows "1000 g"
    When 1 g is put on the scales
    Then the display shows "overload"
    When 1 g is taken off the scales
    Then the display shows "1000 g"

  Scenario: switching off and on with a jug on
    Given the scales are switched on with nothing on them
    When 700 g is put on the scales
    Then the display shows "700 g"
    When the scales are switched off and on again
    Then the display shows "0 g"
    When 700 g is taken off the scales
    Then the display shows "-700 g"
    When the tare button is pressed
    Then the display shows "0 g"

  Scenario: adding ingredients one by one
    Given the scales are switched on with nothing on them
    When 150 g is put on the scales
    And the tare button is pressed
    And 80 g is put on the scales
    And the tare button is pressed
    And 45 g is put on the scales
    Then the display shows "45 g"
    When 275 g is taken off the scales
    Then the display shows "-230 g"
