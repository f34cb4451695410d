Feature: Repeated word check
  If a word is typed twice or more in a row, only the first one is kept. Capitals do not
  matter, but a word with a comma or full stop after it does not match the same word
  without one. The check also says how many words it took out.

  Scenario Outline: tidying a sentence
    Given the sentence "<typed>"
    When the repeated word check runs
    Then the sentence becomes "<fixed>"
    And the number of words removed is <removed>

    Examples:
      | typed                            | fixed                   | removed |
      | we we we we agreed               | we agreed               | 3       |
      | on the table, the the lamp       | on the table, the lamp  | 1       |
      | Ok                               | Ok                      | 0       |
      | yes, yes, indeed                 | yes, indeed             | 1       |
      | a A b B c                        | a b c                   | 2       |
      | Send it to Anna anna and Tom Tom | Send it to Anna and Tom | 2       |
