Feature: School reunion guest list
  Each guest is listed by first name and surname. When the surname has changed since
  school, the school surname follows in brackets. Last comes the year the guest left,
  as an apostrophe and its last two figures.

  Scenario Outline: a line on the guest list
    Given a guest called "<first>" "<surname>"
    And the surname at school was "<school>"
    And the guest left school in <year>
    When the guest list line is written
    Then the line reads "<line>"

    Examples:
      | first | surname | school | year | line                   |
      | Jane  | Smith   | Brown  | 2009 | Jane Smith (Brown) '09 |
      | Tom   | Reid    | Reid   | 1998 | Tom Reid '98           |
      | Priya | Shah    | Shah   | 2001 | Priya Shah '01         |
      | Kate  | Moss    | Lowe   | 1985 | Kate Moss (Lowe) '85   |
      | Sam   | Young   | Young  | 2010 | Sam Young '10          |
      | Leah  | Grant   | Patel  | 2000 | Leah Grant (Patel) '00 |
      | Omar  | Haddad  | Haddad | 1979 | Omar Haddad '79        |
      | Ruth  | Cole    | Cohen  | 1992 | Ruth Cole (Cohen) '92  |
      | Dan   | Evans   | Evans  | 2005 | Dan Evans '05          |
