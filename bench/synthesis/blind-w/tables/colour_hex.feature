Feature: Paint mixing screen
  The mixing screen shows the red, green and blue amounts as a colour code.

  Scenario Outline: the colour code for a mix
    Given red <red>, green <green> and blue <blue>
    When the colour code is shown
    Then the screen reads "<code>"

    Examples:
      | red | green | blue | code    |
      | 0   | 0     | 0    | #000000 |
      | 255 | 255   | 255  | #FFFFFF |
      | 255 | 136   | 0    | #FF8800 |
      | 16  | 32    | 48   | #102030 |
      | 15  | 1     | 9    | #0F0109 |
      | 171 | 205   | 239  | #ABCDEF |
      | 128 | 128   | 128  | #808080 |
      | 10  | 11    | 12   | #0A0B0C |
      | 200 | 100   | 50   | #C86432 |
