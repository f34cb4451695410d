Feature: Microwave

  Scenario: heating soup
    Given the microwave shows "00:00"
    When "1:30" is typed in
    Then the display shows "01:30"
    When start is pressed
    And 45 seconds pass
    Then the display shows "00:45"
    And the microwave is "running"

  Scenario: the quick button
    Given the microwave shows "00:00"
    When +30 seconds is pressed
    And +30 seconds is pressed
    Then the display shows "01:00"
    When start is pressed
    And 75 seconds pass
    Then the display shows "00:00"
    And the microwave is "done"

  Scenario: opening the door halfway
    Given the microwave shows "00:00"
    When "2:00" is typed in
    And start is pressed
    And 30 seconds pass
    And the door is opened
    Then the microwave is "paused"
    When 20 seconds pass
    Then the display shows "01:30"
    When start is pressed
    Then the request is refused with "close the door first"
    When the door is closed
    Then the microwave is "paused"
    When start is pressed
    And 90 seconds pass
    Then the microwave is "done"

  Scenario: nothing to do
    Given the microwave shows "00:00"
    When start is pressed
    Then the request is refused with "set a time first"
    And the microwave is "idle"

  Scenario: a little longer
    Given the microwave shows "00:00"
    When "0:50" is typed in
    And start is pressed
    And +30 seconds is pressed
    Then the display shows "01:20"
    When 10 seconds pass
    Then the display shows "01:10"
