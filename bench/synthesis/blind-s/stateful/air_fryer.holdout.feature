Feature: Air fryer timer
  The timer is set in whole minutes, up to 60, and counts down once start is pressed. Pulling
  the drawer out pauses the cooking and pushing it back in carries on. When the time runs out
  the fryer stops and shows done.

  Scenario: a quick look in the drawer
    Given the fryer is plugged in with the drawer in
    When the timer is set to 25 minutes
    And start is pressed
    And 10 minutes pass
    And the drawer is pulled out
    And the drawer is pushed in
    And 7 minutes pass
    Then the display reads "cooking, 8 min left"

  Scenario: too long, then the drawer
    Given the fryer is plugged in with the drawer in
    When the timer is set to 90 minutes
    Then the fryer beeps "the longest time is 60 minutes"
    When the timer is set to 45 minutes
    And the drawer is pulled out
    And start is pressed
    Then the fryer beeps "push the drawer in first"
    When the drawer is pushed in
    And start is pressed
    And 45 minutes pass
    Then the display reads "done"

  Scenario: left with the drawer out
    Given the fryer is plugged in with the drawer in
    When the timer is set to 30 minutes
    And start is pressed
    And 12 minutes pass
    And the timer is set to 10 minutes
    Then the fryer beeps "the fryer is cooking"
    When the drawer is pulled out
    And 30 minutes pass
    Then the display reads "paused, 18 min left"
