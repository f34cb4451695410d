Feature: Paddleboard hire
  Boards go out for 1, 2 or 3 hours, but everything must be back by 19:00 when the
  lake closes, so a late hire is cut short.

  Scenario Outline: booking a board
    Given the hire starts at "<start>"
    And the hours booked are <hours>
    When the board is handed out
    Then the board is due back at "<back>"
    And the hire is cut short: <short>

    Examples:
      | start | hours | back  | short |
      | 10:00 | 2     | 12:00 | no    |
      | 09:30 | 1     | 10:30 | no    |
      | 16:00 | 3     | 19:00 | no    |
      | 16:01 | 3     | 19:00 | yes   |
      | 17:59 | 1     | 18:59 | no    |
      | 18:00 | 1     | 19:00 | no    |
      | 18:01 | 1     | 19:00 | yes   |
      | 17:15 | 2     | 19:00 | yes   |
      | 13:45 | 3     | 16:45 | no    |
