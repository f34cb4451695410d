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
      | surname  | year | matter | reference   |
      | Hughes   | 2031 | 4      | HUGH/31/004 |
      | Wu       | 2012 | 77     | WUXX/12/077 |
      | Kim      | 2026 | 250    | KIMX/26/250 |
      | Sandoval | 2001 | 9      | SAND/01/009 |
      | Ward     | 2028 | 60     | WARD/28/060 |
      | Davies   | 2020 | 805    | DAVI/20/805 |
