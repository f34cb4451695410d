Feature: Hotel key cards
  Reception cuts key cards for a room. A card handed back is cancelled, and checking out
  cancels them all.

  Scenario: one at a time then a batch
    Given room 7 has just been checked in
    When reception cuts a card
    And reception cuts a card
    And reception cuts 3 cards
    Then reception sees "only 4 cards can be active"
    And the active card count is 2
    When reception cuts 2 cards
    Then the active card count is 4

  Scenario: a card back before any were cut
    Given room 58 has just been checked in
    When a card is handed back
    Then reception sees "no cards are active"
    When reception cuts 3 cards
    And a card is handed back
    Then the active card count is 2

  Scenario: asking after leaving
    Given room 214 has just been checked in
    When reception cuts 2 cards
    And the guest checks out
    And reception cuts a card
    Then reception sees "the room is not checked in"
    And the active card count is 0
