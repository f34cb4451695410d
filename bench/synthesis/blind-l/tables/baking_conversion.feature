Feature: Recipe card conversion
  Grandma's recipes are in ounces. The new recipe cards use grams: one ounce is
  28.35 g, and the amount is rounded to the nearest 5 g.

  Scenario Outline: converting an ingredient
    Given the recipe asks for <ounces> oz of "<ingredient>"
    When the amount is converted
    Then the card says "<line>"

    Examples:
      | ounces | ingredient         | line                     |
      | 8      | flour              | 225 g flour              |
      | 4      | butter             | 115 g butter             |
      | 1      | salt               | 30 g salt                |
      | 0.5    | yeast              | 15 g yeast               |
      | 6      | brown sugar        | 170 g brown sugar        |
      | 12     | plain flour        | 340 g plain flour        |
      | 2      | cocoa powder       | 55 g cocoa powder        |
      | 16     | self-raising flour | 455 g self-raising flour |
      | 3      | caster sugar       | 85 g caster sugar        |
