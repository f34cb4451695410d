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
      | 2:00   | 1.5   | 1:20 |
      | 0:59   | 2     | 0:30 |
      | 1:15   | 1.25  | 1:00 |
      | 4:00   | 1.25  | 3:12 |
      | 1:11   | 1.5   | 0:48 |
      | 0:40   | 1     | 0:40 |
