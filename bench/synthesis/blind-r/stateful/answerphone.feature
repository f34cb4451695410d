Feature: Answerphone
  The answerphone keeps at most 5 messages, numbered from the oldest. Playing the new
  messages marks them all as heard. Deleting a message moves the later ones up a number.
  The display shows how many messages are new out of how many are kept.

  Scenario: two callers
    Given an answerphone with no messages
    When a caller leaves a message
    And a caller leaves a message
    Then the display reads "2 new of 2"
    When the new messages are played
    Then the display reads "0 new of 2"

  Scenario: a full mailbox
    Given an answerphone with 4 heard messages
    When a caller leaves a message
    Then the display reads "1 new of 5"
    When a caller leaves a message
    Then the answerphone refuses with "the mailbox is full"
    When message 3 is deleted
    And a caller leaves a message
    Then the display reads "2 new of 5"

  Scenario: nothing new
    Given an answerphone with 2 heard messages
    When the new messages are played
    Then the answerphone refuses with "there are no new messages"
    When message 3 is deleted
    Then the answerphone refuses with "there is no message 3"

  Scenario: deleting an unheard message
    Given an answerphone with 3 heard messages
    When a caller leaves a message
    And a caller leaves a message
    Then the display reads "2 new of 5"
    When message 4 is deleted
    Then the display reads "1 new of 4"
    When message 1 is deleted
    Then the display reads "1 new of 3"
    When the new messages are played
    Then the display reads "0 new of 3"
