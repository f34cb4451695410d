Feature: Kiln firing
  A firing runs for the length set on the controller, then the kiln has to cool for 10 hours
  before the door may be opened. The potter wants the time it can be opened and whether that is
  "today", "tomorrow" or "the day after tomorrow".

  Scenario Outline: planning when to open the kiln
    Given the firing starts at "<start>"
    And the controller is set to fire for "<length>"
    When the opening time is worked out
    Then the kiln can be opened at "<opens>"
    And that is "<day>"

    Examples:
      | start | length | opens | day                    |
      | 02:10 | 9:00   | 21:10 | today                  |
      | 07:15 | 4:20   | 21:35 | today                  |
      | 06:00 | 7:59   | 23:59 | today                  |
      | 06:00 | 8:00   | 00:00 | tomorrow               |
      | 08:00 | 6:30   | 00:30 | tomorrow               |
      | 13:00 | 11:00  | 10:00 | tomorrow               |
      | 21:40 | 12:05  | 19:45 | tomorrow               |
      | 23:00 | 14:59  | 23:59 | tomorrow               |
      | 23:00 | 15:00  | 00:00 | the day after tomorrow |
