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
      | 0    | 500   | 10    | 0       | 50      |
      | 250  | 500   | 10    | 50      | 25      |
      | 499  | 500   | 2     | 99      | 1       |
      | 500  | 500   | 5     | 100     | 0       |
      | 1    | 3     | 1     | 33      | 2       |
      | 2    | 3     | 4     | 66      | 1       |
      | 120  | 800   | 7     | 15      | 98      |
      | 799  | 800   | 3     | 99      | 1       |
      | 45   | 60    | 2     | 75      | 8       |
