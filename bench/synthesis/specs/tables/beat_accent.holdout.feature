Feature: Accents in four-four time
  Beats are counted right through the song in bars of four: the first beat of each bar is strong, the third is medium, and the second and fourth are weak.

  Scenario Outline: how hard the drummer plays a beat
    Given beat number <beat> of the song
    When the drummer picks the accent
    Then the beat is played <accent>

    Examples:
      | beat | accent |
      | 9    | strong |
      | 11   | medium |
      | 6    | weak   |
      | 101  | strong |
      | 99   | medium |
