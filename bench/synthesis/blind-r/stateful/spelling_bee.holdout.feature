Feature: Spelling bee
  The spellers take turns in the order they sat down. A wrong spelling puts the speller
  out and the turn moves on. Each speller may pass once, and only on their own turn. When
  one speller is left, that speller wins and the bee is over.

  Background:
    Given Ava, Ben, Leo and Zoe sit down in that order

  Scenario: two left standing
    When the speller at the microphone spells the word right
    And the speller at the microphone spells the word right
    And the speller at the microphone spells the word wrong
    And the speller at the microphone spells the word wrong
    Then Ava is at the microphone
    And the spellers left are "Ava, Ben"

  Scenario: passes used up
    When Leo asks to pass
    Then the judge says "it is Ava's turn"
    When the speller at the microphone spells the word wrong
    And Ben asks to pass
    And Leo asks to pass
    Then Zoe is at the microphone
    When the speller at the microphone spells the word right
    And Ben asks to pass
    Then the judge says "Ben has already passed"

  Scenario: the last speller
    When the speller at the microphone spells the word wrong
    And the speller at the microphone spells the word wrong
    And the speller at the microphone spells the word wrong
    Then Zoe wins the bee
    When Zoe asks to pass
    Then the judge says "the bee is over"
