Feature: Speaker volume
  The volume goes from 0 to 10, and turning it past either end stops there. Muting silences the speaker but keeps the volume for when it is unmuted; the speaker is silent when it is muted or at volume 0.

  Scenario: turning it up
    Given the speaker volume is at 5
    When the volume is turned up by 3
    Then the volume is 8
    And the speaker is silent: no

  Scenario: the top of the dial
    Given the speaker volume is at 8
    When the volume is turned up by 5
    Then the volume is 10

  Scenario: the bottom of the dial
    Given the speaker volume is at 3
    When the volume is turned down by 4
    Then the volume is 0
    And the speaker is silent: yes

  Scenario: muting
    Given the speaker volume is at 6
    When the speaker is muted
    Then the speaker is silent: yes
    And the volume is 6

  Scenario: unmuting
    Given the speaker volume is at 6
    When the speaker is muted
    And the speaker is unmuted
    Then the speaker is silent: no
    And the volume is 6
