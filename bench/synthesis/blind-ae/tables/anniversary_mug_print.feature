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
      | Priya | Tom    | 2027-06-12 | P & T 12.06.27 |
      | Tom   | Alice  | 2026-09-05 | A & T 05.09.26 |
      | Dev   | Chloe  | 2028-01-30 | C & D 30.01.28 |
      | Sam   | Sophie | 2027-12-31 | S & S 31.12.27 |
      | Ola   | Ben    | 2026-07-04 | B & O 04.07.26 |
      | Kate  | Liam   | 2029-05-19 | K & L 19.05.29 |
      | Zoe   | Adam   | 2030-10-10 | A & Z 10.10.30 |
      | Mark  | Jess   | 2026-03-21 | J & M 21.03.26 |
      | Ruth  | Rhys   | 2027-08-08 | R & R 08.08.27 |
