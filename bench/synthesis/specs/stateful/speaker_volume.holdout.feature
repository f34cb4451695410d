Feature: Speaker volume
  The volume goes from 0 to 10, and turning it past either end stops there. Muting silences the speaker but keeps the volume for when it is unmuted; the speaker is silent when it is muted or at volume 0.

  Scenario: past the top and back down
    Given the speaker volume is at 9
    When the volume is turned up by 4
    And the volume is turned down by 3
    Then the volume is 7
    And the speaker is silent: no

  Scenario: past the bottom and back up
    Given the speaker volume is at 2
    When the volume is turned down by 5
    And the volume is turned up by 1
    Then the volume is 1
    And the speaker is silent: no

  Scenario: muted at full volume
    Given the speaker volume is at 0
    When the volume is turned up by 10
    And the speaker is muted
    Then the volume is 10
    And the speaker is silent: yes
