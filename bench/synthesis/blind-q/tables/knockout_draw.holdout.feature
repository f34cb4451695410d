Feature: Knockout draw

  Scenario Outline: setting up a knockout tournament
    Given <players> players enter the tournament
    When the knockout draw is made
    Then the number of rounds is <rounds>
    And the number of byes is <byes>

    Examples:
      | players | rounds | byes |
      | 6       | 3      | 2    |
      | 12      | 4      | 4    |
      | 32      | 5      | 0    |
      | 33      | 6      | 31   |
      | 64      | 6      | 0    |
      | 200     | 8      | 56   |
