Feature: Answerphone
  The answerphone keeps at most 5 messages, numbered from the oldest. Playing the new
  messages marks them all as heard. Deleting a message moves the later ones up a number.
  The display shows how many messages are new out of how many are kept.

  Scenario: a busy evening
    Given an answerphone with no messages
    When a caller leaves a message
    And the new messages are played
    And a caller leaves a message
    And a caller leaves a message
    Then the display reads "2 new of 3"
    When message 3 is deleted
    Then the display reads "1 new of 2"
    When message 5 is deleted
    Then the answerphone refuses with "there is no message 5"

  Scenario: making room
    Given an answerphone with 5 heard messages
    When a caller leaves a message
    Then the answerphone refuses with "the mailbox is full"
    When message 5 is deleted
    And a caller leaves a message
    Then the display reads "1 new of 5"
    When the new messages are played
    And the new messages are played
    Then the answerphone refuses with "there are no new messages"

  Scenario: clearing out the old ones
    Given an answerphone with 3 heard messages
    When message 2 is deleted
    And message 2 is deleted
    Then the display reads "0 new of 1"
    When a caller leaves a message
    Then the display reads "1 new of 2"
