Feature: Timetable class codes

  Scenario Outline: making a class code
    Given the subject is "<subject>"
    And the class is in year <year>
    And the class is set <set>
    When the timetable code is made
    Then the code is "<code>"

    Examples:
      | subject   | year | set | code     |
      | Music     | 9    | 5   | MUS9-05  |
      | Drama     | 10   | 11  | DRA10-11 |
      | Physics   | 12   | 1   | PHY12-01 |
      | Spanish   | 11   | 7   | SPA11-07 |
      | Computing | 13   | 2   | COM13-02 |
      | German    | 7    | 15  | GER7-15  |
