Feature: TV remote channels
  The TV has channels 1 up to its number of channels. Channel up from the
  last channel goes to 1, and channel down from 1 goes to the last channel.
  Typing a number tunes to that channel; a number with no channel is refused
  with "no such channel" and nothing changes. Back returns to the channel
  that was on just before the current one.

  Scenario: a small TV
    Given a TV with 8 channels showing channel 7
    When the viewer presses channel up
    And the viewer presses channel up
    Then the TV shows channel 1
    When the viewer presses back
    Then the TV shows channel 8

  Scenario: the last channel by number
    Given a TV with 50 channels showing channel 12
    When the viewer types 50
    Then the TV shows channel 50
    When the viewer types 51
    Then the key is refused with "no such channel"
    And the TV shows channel 50
    When the viewer presses back
    Then the TV shows channel 12

  Scenario: zapping down
    Given a TV with 5 channels showing channel 2
    When the viewer presses channel down
    And the viewer presses channel down
    Then the TV shows channel 5
    When the viewer presses channel down
    And the viewer presses back
    Then the TV shows channel 5
