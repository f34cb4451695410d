Feature: Planning application reference

  Scenario Outline: issuing a reference
    Given an application received in <year>
    And it is application number <number> of that year
    And the application type is "<type>"
    When the reference is issued
    Then the reference reads "<reference>"

    Examples:
      | year | number | type            | reference    |
      | 2026 | 347    | householder     | 26/00347/HOU |
      | 2026 | 12     | full            | 26/00012/FUL |
      | 2025 | 1      | listed building | 25/00001/LBC |
      | 2009 | 4410   | tree works      | 09/04410/TPO |
      | 2030 | 12345  | householder     | 30/12345/HOU |
      | 2027 | 99     | tree works      | 27/00099/TPO |
      | 2024 | 5000   | full            | 24/05000/FUL |
      | 2005 | 230    | listed building | 05/00230/LBC |
      | 2026 | 7      | householder     | 26/00007/HOU |
