Feature: Tidy shop notices

  Scenario Outline: tidying a notice
    Given the notice text "<raw>"
    When the notice is tidied
    Then it reads "<tidy>"

    Examples:
      | raw                | tidy               |
      | WET FLOOR          | Wet floor          |
      |   mind   the step  | Mind the step      |
      | cash ONLY          | Cash only          |
      | sale ends SUNDAY!  | Sale ends sunday!  |
      | 10% OFF everything | 10% off everything |
      | b                  | B                  |
