Feature: Orchestra music stands
  String players share music stands, two to a stand; every other player has a stand
  to themselves. The conductor needs one more stand.

  Scenario Outline: stands to set out for a rehearsal
    Given the count of string players is <strings>
    And the count of other players is <others>
    When the music stands are counted
    Then the stands needed are <stands>

    Examples:
      | strings | others | stands |
      | 2       | 0      | 2      |
      | 3       | 0      | 3      |
      | 4       | 0      | 3      |
      | 1       | 0      | 2      |
      | 0       | 5      | 6      |
      | 11      | 4      | 11     |
      | 20      | 12     | 23     |
      | 15      | 9      | 18     |
      | 8       | 8      | 13     |
