Feature: Family tree cousins
  Count the generations from each person up to the ancestor they share: 2 for a grandparent, 3
  for a great-grandparent and so on. The smaller count says which cousins they are (2 first
  cousins, 3 second, 4 third, 5 fourth). Each generation of difference between the two counts
  makes them once, twice or three times removed.

  Scenario Outline: how two relatives are related
    Given Ana is <ana> generations below the shared ancestor
    And Ben is <ben> generations down from it
    When the relationship is named
    Then Ana and Ben are "<relationship>"

    Examples:
      | ana | ben | relationship                     |
      | 2   | 2   | first cousin                     |
      | 3   | 3   | second cousin                    |
      | 2   | 3   | first cousin once removed        |
      | 3   | 2   | first cousin once removed        |
      | 4   | 2   | first cousin twice removed       |
      | 3   | 5   | second cousin twice removed      |
      | 4   | 4   | third cousin                     |
      | 5   | 4   | third cousin once removed        |
      | 2   | 5   | first cousin three times removed |
