Feature: Birth weight for the birth card
  The birth card gives the weight in pounds and ounces as well as grams. A
  pound is 453.59237 g and has 16 ounces. The weight is rounded to the nearest
  whole ounce.

  Scenario Outline: printing the weight on the card
    Given the baby weighs <grams> g
    When the birth card is printed
    Then the card says "<imperial>"

    Examples:
      | grams | imperial   |
      | 3400  | 7 lb 8 oz  |
      | 3500  | 7 lb 11 oz |
      | 2500  | 5 lb 8 oz  |
      | 4000  | 8 lb 13 oz |
      | 3620  | 8 lb 0 oz  |
      | 2950  | 6 lb 8 oz  |
      | 1800  | 3 lb 15 oz |
      | 4450  | 9 lb 13 oz |
      | 3290  | 7 lb 4 oz  |
