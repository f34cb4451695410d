Feature: Kitchen scales
  The scales weigh up to 5000 g; anything heavier on them shows "overload". The tare button
  makes the display read 0 g with whatever is on the scales.

  Scenario: a cake tin and some flour
    Given the scales are switched on with nothing on them
    When 1200 g is put on the scales
    And the tare button is pressed
    And 380 g is put on the scales
    And 80 g is taken off the scales
    Then the display shows "300 g"
    When the scales are switched off and on again
    Then the display shows "0 g"

  Scenario: right at the top of the range
    Given the scales are switched on with nothing on them
    When 2500 g is put on the scales
    And 2500 g is put on the scales
    Then the display shows "5000 g"
    When 5 g is put on the scales
    Then the display shows "overload"
    When 5 g is taken off the scales
    And the tare button is pressed
    Then the display shows "0 g"

  Scenario: below zero
    Given the scales are switched on with nothing on them
    When 90 g is put on the scales
    And the scales are switched off and on again
    And 60 g is put on the scales
    And the tare button is pressed
    And 150 g is taken off the scales
    Then the display shows "-150 g"
    When 40 g is put on the scales
    Then the display shows "-110 g"
