Feature: Greenhouse log

  Scenario Outline: a day's readings
    Given readings of <morning>, <noon> and <evening> degrees
    When the day is logged
    Then the spread is <spread> degrees
    And the frost alarm sounded: <alarm>

    Examples:
      | morning | noon | evening | spread | alarm |
      | 4       | 15   | 9       | 11     | no    |
      | -2      | 8    | 3       | 10     | yes   |
      | 0       | 12   | 5       | 12     | yes   |
      | 1       | 10   | 6       | 9      | no    |
      | 18      | 25   | 20      | 7      | no    |
      | -5      | -1   | -3      | 4      | yes   |
      | 7       | 7    | 7       | 0      | no    |
      | 12      | 3    | 1       | 11     | no    |
