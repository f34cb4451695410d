Feature: Flashcard review deck
  Cards are reviewed from the front of the deck. A card answered correctly
  leaves the deck; a card answered wrongly goes to the back of the deck. The
  session is finished when no cards are left.

  Scenario: two misses in a row
    Given a deck with the cards "rojo", "azul", "verde" and "negro"
    When I answer the next card wrongly
    And I answer the next card wrongly
    And I answer the next card correctly
    Then the next card is "negro"
    And cards left: 3
    And mistakes: 2
    And the session is finished: no

  Scenario: going round in circles
    Given a deck with the cards "mar" and "luz"
    When I answer the next card wrongly
    And I answer the next card wrongly
    And I answer the next card wrongly
    Then the next card is "luz"
    And mistakes: 3
    And correct answers: 0

  Scenario: one card, one slip
    Given a deck with the cards "si"
    When I answer the next card wrongly
    And I answer the next card correctly
    Then the session is finished: yes
    When I answer the next card correctly
    Then I am told "no cards left"
