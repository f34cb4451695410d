Feature: National Insurance number
  People type their National Insurance number in all sorts of ways. Spaces and dashes are
  dropped, and the number is shown in capitals as two letters, three pairs of digits and
  the final letter, with a single space between each part.

  Scenario Outline: tidying a typed number
    Given the number was typed as "<typed>"
    When it is tidied
    Then it is shown as "<shown>"

    Examples:
      | typed            | shown         |
      | ty220816c        | TY 22 08 16 C |
      | Lm 50-60-70 B    | LM 50 60 70 B |
      | eh 9 0 0 1 1 2 a | EH 90 01 12 A |
      | GN-012345-D      | GN 01 23 45 D |
      | rk 88 77 66 b    | RK 88 77 66 B |
      | WP443322A        | WP 44 33 22 A |
