Feature: Spelling bee
  The spellers take turns in the order they sat down. A wrong spelling puts the speller
  out and the turn moves on. Each speller may pass once, and only on their own turn. When
  one speller is left, that speller wins and the bee is over.

  Background:
    Given Ava, Ben, Leo and Zoe sit down in that order

  Scenario: a first round
    When the speller at the microphone spells the word right
    And the speller at the microphone spells the word wrong
    Then Leo is at the microphone
    And the spellers left are "Ava, Leo, Zoe"

  Scenario: round the table
    When the speller at the microphone spells the word right
    And the speller at the microphone spells the word right
    And the speller at the microphone spells the word right
    And the speller at the microphone spells the word right
    Then Ava is at the microphone
    When the speller at the microphone spells the word wrong
    Then Ben is at the microphone
    And the spellers left are "Ben, Leo, Zoe"

  Scenario: passing
    When Ava asks to pass
    Then Ben is at the microphone
    When the speller at the microphone spells the word right
    And the speller at the microphone spells the word wrong
    And the speller at the microphone spells the word right
    And Ava asks to pass
    Then the judge says "Ava has already passed"
    When Zoe asks to pass
    Then the judge says "it is Ava's turn"
    And Ava is at the microphone

  Scenario: a winner
    When the speller at the microphone spells the word wrong
    And the speller at the microphone spells the word wrong
    And the speller at the microphone spells the word right
    And the speller at the microphone spells the word wrong
    Then Leo wins the bee
    When the speller at the microphone spells the word right
    Then the judge says "the bee is over"
