Feature: Video call controls

  Scenario: joining a call
    Given I have opened the meeting link
    When I join the call
    Then my status is "in the call"
    And my microphone is "on"
    And my hand is "down"

  Scenario: muting and unmuting
    Given I have opened the meeting link
    When I join the call
    And I mute myself
    Then my microphone is "off"
    When I unmute myself
    Then my microphone is "on"

  Scenario: pressing buttons before joining
    Given I have opened the meeting link
    When I mute myself
    Then the action is refused with "join the call first"
    When I raise my hand
    Then the action is refused with "join the call first"
    And my status is "not in the call"

  Scenario: raising a hand
    Given I have opened the meeting link
    When I join the call
    And I raise my hand
    Then my hand is "up"
    When I mute myself
    And I lower my hand
    Then my hand is "down"
    And my microphone is "off"

  Scenario: leaving and coming back
    Given I have opened the meeting link
    When I join the call
    And I mute myself
    And I raise my hand
    And I leave the call
    Then my status is "not in the call"
    When I join the call
    Then my microphone is "on"
    And my hand is "down"
