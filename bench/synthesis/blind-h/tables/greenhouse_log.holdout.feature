Feature: Greenhouse log

  Scenario Outline: a day's readings
    Given readings of <morning>, <noon> and <evening> degrees
    When the day is logged
    Then the spread is <spread> degrees
    And the frost alarm sounded: <alarm>

    Examples:
      | morning | noon | evening | spread | alarm |
      | 2       | 14   | 0       | 14     | yes   |
      | 10      | 22   | 15      | 12     | no    |
      | -1      | 4    | 2       | 5      | yes   |
      | 5       | 3    | 9       | 6      | no    |
      | 1       | 1    | 1       | 0      | no    |
      | 16      | 30   | -3      | 33     | yes   |
