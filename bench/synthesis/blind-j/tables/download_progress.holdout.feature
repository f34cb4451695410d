Feature: Download progress
  The progress bar shows the share downloaded as a whole percent, always
  rounded down, so it only reaches 100% when every megabyte is in. The time
  left assumes the current speed stays the same and is rounded up to whole
  seconds.

  Scenario Outline: progress of a download
    Given <done> MB of <total> MB are downloaded
    And the speed is <speed> MB/s
    When the progress bar is drawn
    Then it shows <percent>%
    And the time left is <seconds> seconds

    Examples:
      | done | total | speed | percent | seconds |
      | 10   | 40    | 3     | 25      | 10      |
      | 199  | 200   | 1     | 99      | 1       |
      | 700  | 900   | 6     | 77      | 34      |
      | 5    | 6     | 2     | 83      | 1       |
      | 1024 | 1024  | 8     | 100     | 0       |
      | 333  | 1000  | 11    | 33      | 61      |
