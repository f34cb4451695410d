Feature: School assembly
  Pupils sit row by row from the front. One teacher is on duty for every 30 pupils or part
  of 30, and never fewer than 2.

  Scenario Outline: setting out the hall
    Given <pupils> pupils
    And <chairs> chairs to a row
    When the assembly hall is set out
    Then the rows used are <rows>
    And the teachers on duty are <teachers>

    Examples:
      | pupils | chairs | rows | teachers |
      | 5      | 6      | 1    | 2        |
      | 45     | 9      | 5    | 2        |
      | 62     | 5      | 13   | 3        |
      | 120    | 12     | 10   | 4        |
      | 121    | 11     | 11   | 5        |
      | 200    | 8      | 25   | 7        |
