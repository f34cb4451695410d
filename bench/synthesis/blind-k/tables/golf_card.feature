Feature: Front four holes

  Scenario Outline: totalling the card
    Given scores of <h1>, <h2>, <h3> and <h4> on the first four holes
    And par for those holes is <par>
    When the card is totalled
    Then the total is <total>
    And the card shows "<against_par>"

    Examples:
      | h1 | h2 | h3 | h4 | par | total | against_par |
      | 4  | 4  | 3  | 5  | 16  | 16    | level par   |
      | 5  | 4  | 3  | 5  | 16  | 17    | 1 over par  |
      | 4  | 3  | 3  | 5  | 16  | 15    | 1 under par |
      | 6  | 5  | 4  | 7  | 16  | 22    | 6 over par  |
      | 3  | 3  | 3  | 4  | 15  | 13    | 2 under par |
      | 4  | 5  | 4  | 4  | 17  | 17    | level par   |
      | 2  | 4  | 3  | 4  | 15  | 13    | 2 under par |
      | 7  | 6  | 5  | 6  | 14  | 24    | 10 over par |
