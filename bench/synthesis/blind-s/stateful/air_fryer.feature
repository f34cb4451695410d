Feature: Air fryer timer
  The timer is set in whole minutes, up to 60, and counts down once start is pressed. Pulling
  the drawer out pauses the cooking and pushing it back in carries on. When the time runs out
  the fryer stops and shows done.

  Scenario: cooking for a while
    Given the fryer is plugged in with the drawer in
    When the timer is set to 15 minutes
    And start is pressed
    And 6 minutes pass
    Then the display reads "cooking, 9 min left"

  Scenario: shaking the chips halfway
    Given the fryer is plugged in with the drawer in
    When the timer is set to 20 minutes
    And start is pressed
    And 5 minutes pass
    And the drawer is pulled out
    And 3 minutes pass
    Then the display reads "paused, 15 min left"
    When the drawer is pushed in
    And 15 minutes pass
    Then the display reads "done"

  Scenario: getting the start wrong
    Given the fryer is plugged in with the drawer in
    When the timer is set to 75 minutes
    Then the fryer beeps "the longest time is 60 minutes"
    When start is pressed
    Then the fryer beeps "set the timer first"
    When the timer is set to 60 minutes
    And the drawer is pulled out
    And start is pressed
    Then the fryer beeps "push the drawer in first"
    When the drawer is pushed in
    And start is pressed
    And 10 minutes pass
    Then the display reads "cooking, 50 min left"

  Scenario: no new time while cooking
    Given the fryer is plugged in with the drawer in
    When the timer is set to 12 minutes
    And start is pressed
    And 4 minutes pass
    And the timer is set to 30 minutes
    Then the fryer beeps "the fryer is cooking"
    When 20 minutes pass
    Then the display reads "done"
    When the timer is set to 8 minutes
    Then the display reads "set, 8 min"
