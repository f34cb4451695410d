Feature: Party playlist
  Songs play in the order they were added; the first song added starts
  playing. Skipping moves to the next song; skipping on the last song is refused
  with "end of playlist". The remaining time is the length of the song playing
  plus all the songs after it.

  Scenario: two songs
    Given an empty playlist
    When "Yellow" lasting "4:29" is added
    And "Clocks" lasting "5:07" is added
    Then "Yellow" is playing
    And the playlist has 2 songs
    And the remaining time is "9:36"

  Scenario: skipping a song
    Given an empty playlist
    When "Hello" lasting "4:55" is added
    And "Skyfall" lasting "4:46" is added
    And "Rain" lasting "3:05" is added
    And the song is skipped
    Then "Skyfall" is playing
    And the remaining time is "7:51"

  Scenario: nothing to skip to
    Given an empty playlist
    When "Intro" lasting "0:45" is added
    And the song is skipped
    Then the skip is refused with "end of playlist"
    And "Intro" is playing
    And the remaining time is "0:45"

  Scenario: adding while playing
    Given an empty playlist
    When "One" lasting "1:30" is added
    And "Two" lasting "2:30" is added
    And the song is skipped
    And "Three" lasting "3:15" is added
    Then "Two" is playing
    And the playlist has 3 songs
    And the remaining time is "5:45"
