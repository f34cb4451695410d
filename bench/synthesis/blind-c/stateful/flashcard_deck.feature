Feature: Flashcard review deck
  Cards are reviewed from the front of the deck. A card answered correctly
  leaves the deck; a card answered wrongly goes to the back of the deck. The
  session is finished when no cards are left.

  Scenario: a correct answer
    Given a deck with the cards "hola", "gato" and "perro"
    When I answer the next card correctly
    Then the next card is "gato"
    And cards left: 2

  Scenario: a wrong answer goes to the back
    Given a deck with the cards "hola", "gato" and "perro"
    When I answer the next card wrongly
    Then the next card is "gato"
    When I answer the next card correctly
    And I answer the next card correctly
    Then the next card is "hola"
    And cards left: 1
    And mistakes: 1

  Scenario: finishing a session
    Given a deck with the cards "uno" and "dos"
    When I answer the next card correctly
    And I answer the next card wrongly
    And I answer the next card correctly
    Then the session is finished: yes
    And correct answers: 2
    And mistakes: 1

  Scenario: nothing left to answer
    Given a deck with the cards "sol"
    When I answer the next card correctly
    And I answer the next card correctly
    Then I am told "no cards left"
    And the session is finished: yes
