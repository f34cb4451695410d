Feature: Recipe scaling
  Amounts scale in proportion to the number of people. Grams are rounded to
  the nearest 5 grams, with an amount exactly half-way rounding up. Eggs are
  always rounded up to a whole egg.

  Scenario Outline: cooking for a different number of people
    Given a recipe for <from> people
    And it needs <amount> <unit>
    And I am cooking for <to> people
    When the recipe is scaled
    Then I need <needed> <unit>

    Examples:
      | from | amount | unit  | to | needed |
      | 4    | 250    | grams | 6  | 375    |
      | 4    | 250    | grams | 2  | 125    |
      | 4    | 250    | grams | 3  | 190    |
      | 6    | 100    | grams | 4  | 65     |
      | 8    | 500    | grams | 3  | 190    |
      | 4    | 3      | eggs  | 6  | 5      |
      | 4    | 3      | eggs  | 2  | 2      |
      | 2    | 2      | eggs  | 5  | 5      |
