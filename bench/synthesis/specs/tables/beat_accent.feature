Feature: Accents in four-four time
  Beats are counted right through the song in bars of four: the first beat of each bar is strong, the third is medium, and the second and fourth are weak.

  Scenario Outline: how hard the drummer plays a beat
    Given beat number <beat> of the song
    When the drummer picks the accent
    Then the beat is played <accent>

    Examples:
      | beat | accent |
      | 1    | strong |
      | 2    | weak   |
      | 3    | medium |
      | 4    | weak   |
      | 5    | strong |
      | 7    | medium |
      | 8    | weak   |
      | 13   | strong |
