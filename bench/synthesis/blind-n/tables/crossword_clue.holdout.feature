Feature: Crossword clue

  Scenario Outline: the lengths after a clue
    Given the answer "<answer>"
    When the clue is printed
    Then the lengths read "<lengths>"

    Examples:
      | answer         | lengths |
      | banana         | (6)     |
      | out of sight   | (3,2,5) |
      | x-ray          | (1-3)   |
      | brother-in-law | (7-2-3) |
      | red-hot chilli | (3-3,6) |
      | paper plane    | (5,5)   |
