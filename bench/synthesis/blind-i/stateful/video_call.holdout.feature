Feature: Video call controls

  Scenario: a raised hand after leaving
    Given I have opened the meeting link
    When I join the call
    And I raise my hand
    And I leave the call
    And I raise my hand
    Then the action is refused with "join the call first"
    When I join the call
    Then my hand is "down"
    When I mute myself
    Then my microphone is "off"

  Scenario: unmuting after leaving
    Given I have opened the meeting link
    When I join the call
    And I mute myself
    And I unmute myself
    And I mute myself
    And I leave the call
    And I unmute myself
    Then the action is refused with "join the call first"
    And my status is "not in the call"
