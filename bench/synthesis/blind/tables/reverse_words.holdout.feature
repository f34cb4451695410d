Feature: Backwards talk

  Scenario Outline: saying a sentence backwards, word by word
    Given the sentence "<sentence>"
    When the player reads it backwards
    Then the player says "<backwards>"

    Examples:
      | sentence            | backwards           |
      | a b                 | b a                 |
      | I like green apples | apples green like I |
      | Stop                | Stop                |
      | 1 2 3 4 5           | 5 4 3 2 1           |
