Feature: Prize draw winners
  Winners are announced on the website with their names masked: every word of
  the name keeps its first letter and each other letter becomes a star. The
  town is shown in full.

  Scenario Outline: announcing a winner
    Given the winner is "<name>" from "<town>"
    When the winner is announced
    Then the announcement reads "<announcement>"

    Examples:
      | name           | town     | announcement                         |
      | Ravi Shankar   | Pune     | Winner: R*** S****** from Pune       |
      | Al Green       | Memphis  | Winner: A* G**** from Memphis        |
      | Ida            | Oslo     | Winner: I** from Oslo                |
      | Mary Ann Evans | Nuneaton | Winner: M*** A** E**** from Nuneaton |
      | Anna B Jones   | Cork     | Winner: A*** B J**** from Cork       |
