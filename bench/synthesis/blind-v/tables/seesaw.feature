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
      | 30      | 1.5    | 30       | 1.5     | level           | 0.0        |
      | 40      | 1.5    | 30       | 2.0     | level           | 0.0        |
      | 20      | 1.8    | 36       | 1.0     | level           | 0.0        |
      | 40      | 2.0    | 30       | 2.0     | left goes down  | 20.0       |
      | 50      | 1.0    | 18       | 2.5     | left goes down  | 5.0        |
      | 33      | 1.7    | 28       | 2.0     | left goes down  | 0.1        |
      | 25      | 2.0    | 35       | 1.5     | right goes down | 2.5        |
      | 45      | 0.5    | 20       | 1.2     | right goes down | 1.5        |
