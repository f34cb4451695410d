Feature: Number plate entry

  Scenario Outline: tidying a typed plate
    Given the plate was typed as "<typed>"
    When the plate is tidied
    Then it is stored as "<plate>"

    Examples:
      | typed     | plate    |
      | gf68 tyu  | GF68 TYU |
      | wr-15-kln | WR15 KLN |
      | ny 03abz  | NY03 ABZ |
      | OV22BBC   | OV22 BBC |
      | ea 09 dpk | EA09 DPK |
      | Kp64-rrt  | KP64 RRT |
