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
      | typed                            | fixed                       | removed |
      | see you you on Monday            | see you on Monday           | 1       |
      | The the meeting is at ten        | The meeting is at ten       | 1       |
      | it was very very very good       | it was very good            | 2       |
      | please bring bring the the forms | please bring the forms      | 2       |
      | nothing to fix here              | nothing to fix here         | 0       |
      | I said that that, then left      | I said that that, then left | 0       |
      | go to to the shops               | go to the shops             | 1       |
      | Bye bye BYE                      | Bye                         | 2       |
