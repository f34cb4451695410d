Feature: Hot water boost
  Each press of the boost button adds 30 minutes of heating, up to 2 hours in all. The boost
  counts down, and when it runs out the heater goes back to its timer. Cancel ends the boost
  straight away.

  Scenario: an hour that runs down
    Given the heater is on its timer
    When boost is pressed
    And boost is pressed
    And 45 minutes pass
    Then the minutes of boost left are 15
    When 40 minutes pass
    Then the heater is on "timer"
    When boost is pressed
    Then the minutes of boost left are 30

  Scenario: cancel before and after
    Given the heater is on its timer
    When boost is cancelled
    Then the heater says "there is no boost to cancel"
    When boost is pressed
    And boost is pressed
    And boost is pressed
    And boost is cancelled
    Then the heater is on "timer"
    When boost is pressed
    Then the minutes of boost left are 30

  Scenario: topped up to the limit and left to run
    Given the heater is on its timer
    When boost is pressed
    And boost is pressed
    And boost is pressed
    And boost is pressed
    And 10 minutes pass
    And boost is pressed
    And boost is pressed
    Then the heater says "the boost is already at 2 hours"
    And the minutes of boost left are 120
    When 120 minutes pass
    Then the heater is on "timer"
