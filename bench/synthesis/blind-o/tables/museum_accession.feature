Feature: Museum accession numbers

  Scenario Outline: numbering a new object
    Given an object for the "<collection>" collection
    And it was acquired in <year>
    And it is item number <item> of that year
    When the accession number is assigned
    Then the accession number is "<number>"

    Examples:
      | collection      | year | item | number        |
      | textiles        | 2026 | 42   | 2026.TEX.0042 |
      | ceramics        | 1998 | 7    | 1998.CER.0007 |
      | Coins           | 2003 | 1    | 2003.COI.0001 |
      | photography     | 2015 | 10   | 2015.PHO.0010 |
      | maps            | 2020 | 999  | 2020.MAP.0999 |
      | Natural history | 1987 | 100  | 1987.NAT.0100 |
      | glass           | 2011 | 1000 | 2011.GLA.1000 |
      | furniture       | 1950 | 2406 | 1950.FUR.2406 |
      | toys            | 2024 | 58   | 2024.TOY.0058 |
