Feature: Lecture playback time
  A recorded lecture played faster takes its length divided by the playback speed, rounded up
  to a whole minute. Times are hours and minutes.

  Scenario Outline: watching a lecture at a faster speed
    Given a recording lasting "<length>"
    And a playback speed of <speed>
    When the watching time is worked out
    Then it takes "<time>" to watch

    Examples:
      | length | speed | time |
      | 1:00   | 1     | 1:00 |
      | 1:00   | 2     | 0:30 |
      | 1:30   | 1.5   | 1:00 |
      | 0:50   | 1.5   | 0:34 |
      | 2:05   | 1.25  | 1:40 |
      | 0:45   | 2     | 0:23 |
      | 1:47   | 1.25  | 1:26 |
      | 3:10   | 2     | 1:35 |
      | 0:09   | 1.5   | 0:06 |
