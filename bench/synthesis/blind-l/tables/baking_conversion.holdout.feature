Feature: Recipe card conversion
  Grandma's recipes are in ounces. The new recipe cards use grams: one ounce is
  28.35 g, and the amount is rounded to the nearest 5 g.

  Scenario Outline: converting an ingredient
    Given the recipe asks for <ounces> oz of "<ingredient>"
    When the amount is converted
    Then the card says "<line>"

    Examples:
      | ounces | ingredient         | line                     |
      | 10     | sultanas           | 285 g sultanas           |
      | 5      | ground almonds     | 140 g ground almonds     |
      | 1.5    | honey              | 45 g honey               |
      | 7      | oats               | 200 g oats               |
      | 0.25   | baking powder      | 5 g baking powder        |
      | 20     | strong white flour | 565 g strong white flour |
