Feature: Word count of a text message
  The word count is the number of words in the message, words being separated by spaces.

  Scenario Outline: counting the words of a message
    Given the text message "<message>"
    When the words are counted
    Then the message has <words> words

    Examples:
      | message                                   | words |
      | happy birthday                            | 2     |
      | on my way home now see you in ten minutes | 10    |
      | yes!                                      | 1     |
