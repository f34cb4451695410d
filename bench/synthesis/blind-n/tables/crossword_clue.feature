Feature: Crossword clue

  Scenario Outline: the lengths after a clue
    Given the answer "<answer>"
    When the clue is printed
    Then the lengths read "<lengths>"

    Examples:
      | answer          | lengths   |
      | apple           | (5)       |
      | sea             | (3)       |
      | ice cream       | (3,5)     |
      | well-known      | (4-5)     |
      | up to date      | (2,2,4)   |
      | merry-go-round  | (5-2-5)   |
      | jack-in-the-box | (4-2-3-3) |
      | hot dog stand   | (3,3,5)   |
      | blue-green sea  | (4-5,3)   |
