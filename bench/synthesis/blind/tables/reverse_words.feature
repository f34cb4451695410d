Feature: Backwards talk

  Scenario Outline: saying a sentence backwards, word by word
    Given the sentence "<sentence>"
    When the player reads it backwards
    Then the player says "<backwards>"

    Examples:
      | sentence          | backwards         |
      | hello world       | world hello       |
      | one two three     | three two one     |
      | single            | single            |
      | the cat sat down  | down sat cat the  |
