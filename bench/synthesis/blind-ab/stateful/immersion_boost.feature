Feature: Hot water boost
  Each press of the boost button adds 30 minutes of heating, up to 2 hours in all. The boost
  counts down, and when it runs out the heater goes back to its timer. Cancel ends the boost
  straight away.

  Scenario: one press
    Given the heater is on its timer
    When boost is pressed
    Then the heater is on "boost"
    And the minutes of boost left are 30

  Scenario: topping up a running boost
    Given the heater is on its timer
    When boost is pressed
    And boost is pressed
    And boost is pressed
    And 20 minutes pass
    Then the minutes of boost left are 70
    When boost is pressed
    Then the minutes of boost left are 100

  Scenario: the two hour limit
    Given the heater is on its timer
    When boost is pressed
    And boost is pressed
    And boost is pressed
    And boost is pressed
    Then the minutes of boost left are 120
    When boost is pressed
    Then the heater says "the boost is already at 2 hours"
    And the minutes of boost left are 120
    When 50 minutes pass
    And boost is pressed
    Then the minutes of boost left are 100

  Scenario: the boost runs out
    Given the heater is on its timer
    When boost is pressed
    And 30 minutes pass
    Then the heater is on "timer"
    When boost is cancelled
    Then the heater says "there is no boost to cancel"

  Scenario: topping up to the limit then cancelling
    Given the heater is on its timer
    When boost is pressed
    And boost is pressed
    And boost is pressed
    And boost is pressed
    And 15 minutes pass
    And boost is pressed
    Then the minutes of boost left are 120
    When boost is cancelled
    Then the heater is on "timer"
    And the minutes of boost left are 0
