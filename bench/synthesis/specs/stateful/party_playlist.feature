Feature: Party playlist
  Songs are added at the end of the playlist, or at the front when they should play next; the DJ always plays the song at the front, which then leaves the playlist.

  Background:
    Given an empty playlist

  Scenario: adding songs
    When "Dancing Queen" is added to the playlist
    And "Hey Ya" is added to the playlist
    Then the playlist has 2 songs
    And the playlist starts with "Dancing Queen"
    And the playlist ends with "Hey Ya"

  Scenario: a song to play next
    When "Dancing Queen" is added to the playlist
    And "Hey Ya" is added to the playlist
    And "Valerie" is queued to play next
    Then the playlist starts with "Valerie"
    And the playlist ends with "Hey Ya"
    And the playlist has 3 songs

  Scenario: removing a song
    When "Dancing Queen" is added to the playlist
    And "Hey Ya" is added to the playlist
    And "Valerie" is added to the playlist
    And "Valerie" is removed from the playlist
    Then the playlist has 2 songs
    And the playlist ends with "Hey Ya"

  Scenario: the DJ plays the next song
    When "Dancing Queen" is added to the playlist
    And "Hey Ya" is added to the playlist
    And the DJ plays the next song
    Then the song playing is "Dancing Queen"
    And the playlist has 1 songs
    And the playlist starts with "Hey Ya"
