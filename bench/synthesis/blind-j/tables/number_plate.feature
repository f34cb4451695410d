Feature: Number plate entry

  Scenario Outline: tidying a typed plate
    Given the plate was typed as "<typed>"
    When the plate is tidied
    Then it is stored as "<plate>"

    Examples:
      | typed         | plate    |
      | ab12cde       | AB12 CDE |
      | AB12 CDE      | AB12 CDE |
      | ab12-cde      | AB12 CDE |
      | yk70  hpn     | YK70 HPN |
      | Ld19Abc       | LD19 ABC |
      | s a 6 5 x y z | SA65 XYZ |
      | MA21-JJK      | MA21 JJK |
      | bd51smr       | BD51 SMR |
