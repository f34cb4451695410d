Feature: Word count of a text message
  The word count is the number of words in the message, words being separated by spaces.

  Scenario Outline: counting the words of a message
    Given the text message "<message>"
    When the words are counted
    Then the message has <words> words

    Examples:
      | message                          | words |
      | see you soon                     | 3     |
      | ok                               | 1     |
      | running late, start without me   | 5     |
      | call me back when you can please | 7     |
      | thanks                           | 1     |
