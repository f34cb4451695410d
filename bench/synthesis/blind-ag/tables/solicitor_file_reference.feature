Feature: Solicitor file references
  A file reference is the first four letters of the client's surname in capitals, the last
  two digits of the year the file is opened, and the matter number padded to three digits,
  joined by slashes. A surname shorter than four letters is padded with X.

  Scenario Outline: making the reference for a new file
    Given a client with the surname "<surname>"
    And the file is opened in <year>
    And it is matter number <matter>
    When the file reference is made
    Then the reference is "<reference>"

    Examples:
      | surname | year | matter | reference   |
      | Patel   | 2026 | 7      | PATE/26/007 |
      | Okafor  | 2025 | 142    | OKAF/25/142 |
      | Li      | 2026 | 35     | LIXX/26/035 |
      | Fox     | 2024 | 1      | FOXX/24/001 |
      | Murphy  | 2009 | 58     | MURP/09/058 |
      | Wood    | 2030 | 999    | WOOD/30/999 |
      | Abbott  | 2000 | 10     | ABBO/00/010 |
      | McKenna | 2027 | 3      | MCKE/27/003 |
      | Yu      | 2019 | 100    | YUXX/19/100 |
