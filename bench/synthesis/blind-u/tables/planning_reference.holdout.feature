Feature: Planning application reference

  Scenario Outline: issuing a reference
    Given an application received in <year>
    And it is application number <number> of that year
    And the application type is "<type>"
    When the reference is issued
    Then the reference reads "<reference>"

    Examples:
      | year | number | type            | reference    |
      | 2028 | 1234   | full            | 28/01234/FUL |
      | 2001 | 6      | householder     | 01/00006/HOU |
      | 2029 | 88888  | listed building | 29/88888/LBC |
      | 2026 | 350    | tree works      | 26/00350/TPO |
      | 2010 | 40     | householder     | 10/00040/HOU |
