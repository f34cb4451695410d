Feature: Seesaw
  Each side turns with the weight of its child times the distance from the middle. The side
  that turns harder goes down; equal turning leaves the seesaw level. The difference between
  the two sides is given in kg m.

  Scenario Outline: two children on a seesaw
    Given a child of <left_kg> kg sits <left_m> m to the left
    And a child of <right_kg> kg sits <right_m> m to the right
    When the seesaw settles
    Then the result is "<result>"
    And the turning difference is <difference> kg m

    Examples:
      | left_kg | left_m | right_kg | right_m | result          | difference |
      | 22      | 2.0    | 44       | 1.0     | level           | 0.0        |
      | 15      | 2.4    | 40       | 0.9     | level           | 0.0        |
      | 31      | 1.6    | 26       | 1.9     | left goes down  | 0.2        |
      | 60      | 0.8    | 19       | 2.2     | left goes down  | 6.2        |
      | 38      | 1.1    | 27       | 1.6     | right goes down | 1.4        |
