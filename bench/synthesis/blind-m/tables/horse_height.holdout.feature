Feature: Horse height converter
  Horse heights are written in hands: 15.2 means 15 hands and 2 inches, and a
  hand is 4 inches. The stable website shows the height in centimetres, an
  inch being 2.54 cm, rounded to the nearest whole centimetre.

  Scenario Outline: converting a height
    Given a horse that is <hands> hands high
    When the height is converted
    Then the website shows <cm> cm

    Examples:
      | hands | cm  |
      | 15.1  | 155 |
      | 16.3  | 170 |
      | 11.2  | 117 |
      | 14.2  | 147 |
      | 18    | 183 |
      | 13    | 132 |
