Feature: Counting things in messages
  specloop's own rule, synthesised into generated/src/describeCount.ts and used in its
  summaries: "1 scenario", but "2 scenarios".

  Scenario Outline: a count and a word
    Given a count of <count> and the word "<word>"
    When the count is described
    Then the description is "<description>"

    Examples:
      | count | word     | description  |
      | 0     | scenario | 0 scenarios  |
      | 1     | scenario | 1 scenario   |
      | 2     | scenario | 2 scenarios  |
      | 1     | feature  | 1 feature    |
      | 7     | feature  | 7 features   |
      | 1     | step     | 1 step       |
      | 12    | step     | 12 steps     |
