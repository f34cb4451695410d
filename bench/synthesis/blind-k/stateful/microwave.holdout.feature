Feature: Microwave

  Scenario: a ready meal
    Given the microwave shows "00:00"
    When "3:15" is typed in
    And start is pressed
    And 75 seconds pass
    Then the display shows "02:00"
    When the door is opened
    And the door is closed
    Then the microwave is "paused"
    When start is pressed
    And 120 seconds pass
    Then the microwave is "done"

  Scenario: a long defrost
    Given the microwave shows "00:00"
    When "10:00" is typed in
    Then the display shows "10:00"
    When start is pressed
    And 61 seconds pass
    Then the display shows "08:59"
    And the microwave is "running"

  Scenario: the door was left open
    Given the microwave shows "00:00"
    When "0:05" is typed in
    And the door is opened
    And start is pressed
    Then the request is refused with "close the door first"
    When the door is closed
    And start is pressed
    And 5 seconds pass
    Then the display shows "00:00"
    And the microwave is "done"
