Feature: Timetable class codes

  Scenario Outline: making a class code
    Given the subject is "<subject>"
    And the class is in year <year>
    And the class is set <set>
    When the timetable code is made
    Then the code is "<code>"

    Examples:
      | subject     | year | set | code     |
      | English     | 7    | 1   | ENG7-01  |
      | Biology     | 7    | 9   | BIO7-09  |
      | French      | 8    | 10  | FRE8-10  |
      | Geography   | 9    | 12  | GEO9-12  |
      | Mathematics | 10   | 3   | MAT10-03 |
      | History     | 11   | 2   | HIS11-02 |
      | Art         | 12   | 4   | ART12-04 |
      | Chemistry   | 13   | 1   | CHE13-01 |
