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
      | 5       | 1      | 5      |
      | 7       | 2      | 7      |
      | 12      | 0      | 7      |
      | 9       | 10     | 16     |
      | 30      | 20     | 36     |
      | 13      | 6      | 14     |
