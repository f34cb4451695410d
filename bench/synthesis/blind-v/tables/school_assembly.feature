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
      | 8      | 8      | 1    | 2        |
      | 9      | 8      | 2    | 2        |
      | 20     | 6      | 4    | 2        |
      | 30     | 6      | 5    | 2        |
      | 60     | 6      | 10   | 2        |
      | 61     | 6      | 11   | 3        |
      | 90     | 8      | 12   | 3        |
      | 91     | 7      | 13   | 4        |
      | 150    | 10     | 15   | 5        |
