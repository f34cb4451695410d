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
      | 1     | 0     | 1     | 5     |
      | 4     | 4     | 2     | 0     |
      | 9     | 1     | 2     | 1     |
      | 0     | 7     | 3     | 4     |
      | 20    | 3     | 5     | 4     |
      | 8     | 8     | 4     | 0     |
