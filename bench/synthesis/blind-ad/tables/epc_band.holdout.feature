Feature: Energy certificate band
  The energy score of a home runs from 1 to 100 and gives its band: A from 92, B from
  81, C from 69, D from 55, E from 39, F from 21 and G below that. A home may only be
  let out with band E or better.

  Scenario Outline: the band for a score
    Given a home with an energy score of <score>
    When the certificate is issued
    Then the band is "<band>"
    And it may be let: <let>

    Examples:
      | score | band | let |
      | 85    | B    | yes |
      | 74    | C    | yes |
      | 60    | D    | yes |
      | 45    | E    | yes |
      | 27    | F    | no  |
      | 5     | G    | no  |
