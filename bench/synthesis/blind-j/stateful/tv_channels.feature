Feature: TV remote channels
  The TV has channels 1 up to its number of channels. Channel up from the
  last channel goes to 1, and channel down from 1 goes to the last channel.
  Typing a number tunes to that channel; a number with no channel is refused
  with "no such channel" and nothing changes. Back returns to the channel
  that was on just before the current one.

  Scenario: zapping up
    Given a TV with 20 channels showing channel 5
    When the viewer presses channel up
    And the viewer presses channel up
    Then the TV shows channel 7

  Scenario: going round
    Given a TV with 20 channels showing channel 20
    When the viewer presses channel up
    Then the TV shows channel 1
    When the viewer presses channel down
    Then the TV shows channel 20

  Scenario: flicking between two channels
    Given a TV with 12 channels showing channel 3
    When the viewer types 9
    Then the TV shows channel 9
    When the viewer presses back
    Then the TV shows channel 3
    When the viewer presses back
    Then the TV shows channel 9

  Scenario: a channel that does not exist
    Given a TV with 12 channels showing channel 4
    When the viewer types 6
    And the viewer types 15
    Then the key is refused with "no such channel"
    And the TV shows channel 6
    When the viewer presses back
    Then the TV shows channel 4

  Scenario: down from the first channel
    Given a TV with 30 channels showing channel 1
    When the viewer presses channel down
    Then the TV shows channel 30
    When the viewer types 0
    Then the key is refused with "no such channel"
    When the viewer presses channel up
    And the viewer presses back
    Then the TV shows channel 30
