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
      | 09:00 | 3     | 12:00 | no    |
      | 11:20 | 2     | 13:20 | no    |
      | 17:00 | 2     | 19:00 | no    |
      | 18:30 | 3     | 19:00 | yes   |
      | 15:59 | 3     | 18:59 | no    |
      | 12:40 | 1     | 13:40 | no    |
