Feature: Trip supervision
  Every trip needs one adult for every 8 children, or one for every 4 when the group is
  under five, and never fewer than two adults.

  Scenario Outline: counting the adults for a trip
    Given <children> children are going on the trip
    And the group is under five: <under_five>
    When the adults are counted
    Then <adults> adults must go
    And the spare places come to <spare>

    Examples:
      | children | under_five | adults | spare |
      | 16       | no         | 2      | 0     |
      | 17       | no         | 3      | 7     |
      | 10       | no         | 2      | 6     |
      | 24       | no         | 3      | 0     |
      | 25       | no         | 4      | 7     |
      | 8        | yes        | 2      | 0     |
      | 9        | yes        | 3      | 3     |
      | 5        | no         | 2      | 11    |
      | 14       | yes        | 4      | 2     |
