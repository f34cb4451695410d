Feature: Museum accession numbers

  Scenario Outline: numbering a new object
    Given an object for the "<collection>" collection
    And it was acquired in <year>
    And it is item number <item> of that year
    When the accession number is assigned
    Then the accession number is "<number>"

    Examples:
      | collection          | year | item | number        |
      | paintings           | 2001 | 3    | 2001.PAI.0003 |
      | Musical instruments | 1975 | 64   | 1975.MUS.0064 |
      | weapons             | 2019 | 1205 | 2019.WEA.1205 |
      | clocks              | 2026 | 500  | 2026.CLO.0500 |
      | Stamps              | 1964 | 12   | 1964.STA.0012 |
      | jewellery           | 2008 | 9    | 2008.JEW.0009 |
