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
      | 3050  | 6 lb 12 oz |
      | 3855  | 8 lb 8 oz  |
      | 2210  | 4 lb 14 oz |
      | 4990  | 11 lb 0 oz |
      | 3175  | 7 lb 0 oz  |
