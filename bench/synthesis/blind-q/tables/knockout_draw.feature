Feature: Knockout draw

  Scenario Outline: setting up a knockout tournament
    Given <players> players enter the tournament
    When the knockout draw is made
    Then the number of rounds is <rounds>
    And the number of byes is <byes>

    Examples:
      | players | rounds | byes |
      | 2       | 1      | 0    |
      | 3       | 2      | 1    |
      | 4       | 2      | 0    |
      | 5       | 3      | 3    |
      | 8       | 3      | 0    |
      | 9       | 4      | 7    |
      | 16      | 4      | 0    |
      | 17      | 5      | 15   |
      | 100     | 7      | 28   |
