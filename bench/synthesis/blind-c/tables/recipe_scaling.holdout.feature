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
      | 3    | 120    | grams | 5  | 200    |
      | 6    | 3      | eggs  | 1  | 1      |
      | 4    | 2      | eggs  | 5  | 3      |
      | 5    | 330    | grams | 2  | 130    |
      | 10   | 45     | grams | 3  | 15     |
      | 4    | 3      | eggs  | 4  | 3      |
