Feature: Paint mixing screen
  The mixing screen shows the red, green and blue amounts as a colour code.

  Scenario Outline: the colour code for a mix
    Given red <red>, green <green> and blue <blue>
    When the colour code is shown
    Then the screen reads "<code>"

    Examples:
      | red | green | blue | code    |
      | 1   | 2     | 3    | #010203 |
      | 254 | 17    | 160  | #FE11A0 |
      | 99  | 0     | 255  | #6300FF |
      | 30  | 144   | 255  | #1E90FF |
      | 64  | 224   | 208  | #40E0D0 |
