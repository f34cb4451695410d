Feature: Medicine reminders

  Scenario Outline: when a dose is due
    Given the first dose is taken at "<first>"
    And a dose is due every <hours> hours
    When the reminder for dose <dose> is set
    Then the reminder rings at "<time>"
    And it rings on day <day>

    Examples:
      | first | hours | dose | time  | day |
      | 08:00 | 6     | 1    | 08:00 | 1   |
      | 08:00 | 6     | 2    | 14:00 | 1   |
      | 08:00 | 6     | 3    | 20:00 | 1   |
      | 08:00 | 6     | 4    | 02:00 | 2   |
      | 07:30 | 8     | 3    | 23:30 | 1   |
      | 07:30 | 8     | 4    | 07:30 | 2   |
      | 22:15 | 4     | 2    | 02:15 | 2   |
      | 09:00 | 12    | 7    | 09:00 | 4   |
      | 21:45 | 3     | 9    | 21:45 | 2   |
