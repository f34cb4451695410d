Feature: Anniversary mug print
  The mug shows the couple's initials in the alphabetical order of their first names,
  joined by " & ", then the wedding date as day, month and the last two figures of the year,
  separated by dots.

  Scenario Outline: the text printed on the mug
    Given the couple are "<first>" and "<second>"
    And they married on "<date>"
    When the mug is printed
    Then the print reads "<print>"

    Examples:
      | first | second | date       | print          |
      | Noah  | Isla   | 2028-04-15 | I & N 15.04.28 |
      | Amy   | Zac    | 2026-11-02 | A & Z 02.11.26 |
      | Hana  | Gus    | 2029-02-28 | G & H 28.02.29 |
      | Leo   | Lily   | 2027-09-09 | L & L 09.09.27 |
      | Fern  | Carl   | 2030-06-01 | C & F 01.06.30 |
      | Beth  | Yan    | 2028-12-24 | B & Y 24.12.28 |
