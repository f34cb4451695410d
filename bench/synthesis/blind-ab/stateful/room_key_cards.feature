Feature: Hotel key cards
  Reception cuts key cards for a room. A card handed back is cancelled, and checking out
  cancels them all.

  Scenario: cards for a family
    Given room 214 has just been checked in
    When reception cuts 2 cards
    And reception cuts a card
    Then the active card count is 3

  Scenario: too many cards
    Given room 9 has just been checked in
    When reception cuts 3 cards
    And reception cuts 2 cards
    Then reception sees "only 4 cards can be active"
    And the active card count is 3
    When reception cuts a card
    Then the active card count is 4

  Scenario: handing cards back
    Given room 101 has just been checked in
    When reception cuts 2 cards
    And a card is handed back
    And a card is handed back
    And a card is handed back
    Then reception sees "no cards are active"
    And the active card count is 0

  Scenario: after check-out
    Given room 214 has just been checked in
    When reception cuts 4 cards
    And the guest checks out
    Then the active card count is 0
    When reception cuts a card
    Then reception sees "the room is not checked in"

  Scenario: a lost card replaced
    Given room 33 has just been checked in
    When reception cuts 4 cards
    And reception cuts a card
    Then reception sees "only 4 cards can be active"
    When a card is handed back
    And reception cuts a card
    Then the active card count is 4
