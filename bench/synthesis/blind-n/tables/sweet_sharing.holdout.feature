Feature: Sharing sweets

  Scenario Outline: sharing a bag of sweets
    Given a bag of <sweets> sweets
    And the number of children is <children>
    When the sweets are shared out
    Then the note says "<note>"

    Examples:
      | sweets | children | note                                            |
      | 9      | 2        | each child gets 4 sweets and 1 is left over     |
      | 11     | 10       | each child gets 1 sweet and 1 is left over      |
      | 25     | 6        | each child gets 4 sweets and 1 is left over     |
      | 17     | 5        | each child gets 3 sweets and 2 are left over    |
      | 24     | 8        | each child gets 3 sweets and none are left over |
      | 19     | 3        | each child gets 6 sweets and 1 is left over     |
