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
      | first | surname | school | year | line                  |
      | Amy   | Fox     | Fox    | 2012 | Amy Fox '12           |
      | Mia   | Clarke  | Wood   | 2003 | Mia Clarke (Wood) '03 |
      | Ben   | Hart    | Hart   | 1990 | Ben Hart '90          |
      | Zara  | Khan    | Ali    | 2007 | Zara Khan (Ali) '07   |
      | Lucy  | Pike    | Ross   | 1988 | Lucy Pike (Ross) '88  |
      | Raj   | Nair    | Nair   | 2002 | Raj Nair '02          |
