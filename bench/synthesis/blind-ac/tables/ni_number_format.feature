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
      | qq123456c        | QQ 12 34 56 C |
      | AB 12 34 56 A    | AB 12 34 56 A |
      | jt 65 01 22 d    | JT 65 01 22 D |
      | ZX-90-11-03-B    | ZX 90 11 03 B |
      | ce 004512 a      | CE 00 45 12 A |
      | Pr1928 37D       | PR 19 28 37 D |
      | hl 4 4 5 5 6 6 b | HL 44 55 66 B |
      | MK--771020--C    | MK 77 10 20 C |
      | sw 30 91 47 a    | SW 30 91 47 A |
