Feature: Medicine reminders

  Scenario Outline: when a dose is due
    Given the first dose is taken at "<first>"
    And a dose is due every <hours> hours
    When the reminder for dose <dose> is set
    Then the reminder rings at "<time>"
    And it rings on day <day>

    Examples:
      | first | hours | dose | time  | day |
      | 06:00 | 6     | 5    | 06:00 | 2   |
      | 10:20 | 8     | 2    | 18:20 | 1   |
      | 23:00 | 4     | 2    | 03:00 | 2   |
      | 12:00 | 12    | 4    | 00:00 | 3   |
      | 07:45 | 5     | 6    | 08:45 | 2   |
      | 20:00 | 2     | 2    | 22:00 | 1   |
