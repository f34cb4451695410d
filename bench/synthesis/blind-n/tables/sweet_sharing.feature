Feature: Sharing sweets

  Scenario Outline: sharing a bag of sweets
    Given a bag of <sweets> sweets
    And the number of children is <children>
    When the sweets are shared out
    Then the note says "<note>"

    Examples:
      | sweets | children | note                                             |
      | 13     | 4        | each child gets 3 sweets and 1 is left over      |
      | 12     | 4        | each child gets 3 sweets and none are left over  |
      | 14     | 4        | each child gets 3 sweets and 2 are left over     |
      | 5      | 5        | each child gets 1 sweet and none are left over   |
      | 7      | 5        | each child gets 1 sweet and 2 are left over      |
      | 6      | 5        | each child gets 1 sweet and 1 is left over       |
      | 20     | 3        | each child gets 6 sweets and 2 are left over     |
      | 30     | 1        | each child gets 30 sweets and none are left over |
