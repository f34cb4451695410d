Feature: Front four holes

  Scenario Outline: totalling the card
    Given scores of <h1>, <h2>, <h3> and <h4> on the first four holes
    And par for those holes is <par>
    When the card is totalled
    Then the total is <total>
    And the card shows "<against_par>"

    Examples:
      | h1 | h2 | h3 | h4 | par | total | against_par |
      | 5  | 5  | 4  | 5  | 16  | 19    | 3 over par  |
      | 3  | 4  | 2  | 4  | 15  | 13    | 2 under par |
      | 4  | 4  | 4  | 4  | 16  | 16    | level par   |
      | 6  | 4  | 5  | 6  | 17  | 21    | 4 over par  |
      | 3  | 4  | 4  | 5  | 17  | 16    | 1 under par |
