Feature: Wrapping paper for the presents
  A roll of wrapping paper cuts into 6 sheets. A small present takes 1 sheet and a large
  present takes 2. Paper is bought in whole rolls, and the sheets left over are kept.

  Scenario Outline: rolls for a pile of presents
    Given the small presents to wrap are <small>
    And the large presents to wrap are <large>
    When the rolls are counted
    Then the rolls needed are <rolls>
    And the sheets left over are <spare>

    Examples:
      | small | large | rolls | spare |
      | 6     | 0     | 1     | 0     |
      | 7     | 0     | 2     | 5     |
      | 0     | 3     | 1     | 0     |
      | 2     | 2     | 1     | 0     |
      | 3     | 2     | 2     | 5     |
      | 10    | 4     | 3     | 0     |
      | 5     | 6     | 3     | 1     |
      | 0     | 1     | 1     | 4     |
      | 12    | 7     | 5     | 4     |
