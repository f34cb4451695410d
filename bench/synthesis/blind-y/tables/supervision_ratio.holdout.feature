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
      | 3        | yes        | 2      | 5     |
      | 60       | no         | 8      | 4     |
      | 33       | no         | 5      | 7     |
      | 20       | yes        | 5      | 0     |
      | 2        | no         | 2      | 14    |
      | 27       | yes        | 7      | 1     |
