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
      | 00:40 | 2:10   | 12:50 | today                  |
      | 05:30 | 3:45   | 19:15 | today                  |
      | 09:00 | 5:00   | 00:00 | tomorrow               |
      | 16:20 | 9:55   | 12:15 | tomorrow               |
      | 20:45 | 16:30  | 23:15 | tomorrow               |
      | 22:30 | 18:00  | 02:30 | the day after tomorrow |
