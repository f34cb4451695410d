Feature: Dog off the lead
  A dog may run off the lead on the moor only if it comes back when called, there are no sheep
  in sight, and it is not the ground-nesting season, which runs from March to July.

  Scenario Outline: letting the dog off
    Given it is "<month>"
    And the dog comes back when called: <recall>
    And there are sheep in sight: <sheep>
    When the walker decides about the lead
    Then the dog may run free: <free>

    Examples:
      | month    | recall | sheep | free |
      | January  | yes    | no    | yes  |
      | February | yes    | no    | yes  |
      | March    | yes    | no    | no   |
      | July     | yes    | no    | no   |
      | August   | yes    | no    | yes  |
      | August   | no     | no    | no   |
      | October  | yes    | yes   | no   |
      | December | no     | yes   | no   |
      | May      | no     | yes   | no   |
