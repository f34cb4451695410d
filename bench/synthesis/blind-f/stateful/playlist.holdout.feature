Feature: Party playlist
  Songs play in the order they were added; the first song added starts
  playing. Skipping moves to the next song; skipping on the last song is refused
  with "end of playlist". The remaining time is the length of the song playing
  plus all the songs after it.

  Scenario: to the end of the list
    Given an empty playlist
    When "Alpha" lasting "3:20" is added
    And "Beta" lasting "2:50" is added
    And "Gamma" lasting "4:10" is added
    Then the remaining time is "10:20"
    When the song is skipped
    And the song is skipped
    Then "Gamma" is playing
    When the song is skipped
    Then the skip is refused with "end of playlist"
    And the remaining time is "4:10"

  Scenario: a short last song
    Given an empty playlist
    When "Solo" lasting "2:05" is added
    And "Duet" lasting "3:58" is added
    And the song is skipped
    Then the playlist has 2 songs
    And the remaining time is "3:58"
    When "Trio" lasting "0:07" is added
    Then the remaining time is "4:05"
