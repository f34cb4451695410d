Feature: Radiator for a room
  We allow 100 W for every square metre of floor or part of one, so the area is rounded up
  to whole square metres first. The radiator is the smallest of 600, 900, 1200 and 1800 W
  that gives at least that; above 1800 W one radiator is not enough.

  Scenario Outline: sizing the radiator
    Given a room of <length> m by <width> m
    When the heating need is worked out
    Then the room needs <watts> W
    And the radiator is "<radiator>"

    Examples:
      | length | width | watts | radiator        |
      | 2.5    | 2.0   | 500   | 600 W           |
      | 2.0    | 3.0   | 600   | 600 W           |
      | 2.0    | 3.1   | 700   | 900 W           |
      | 3.0    | 3.0   | 900   | 900 W           |
      | 3.0    | 3.1   | 1000  | 1200 W          |
      | 3.0    | 4.0   | 1200  | 1200 W          |
      | 4.1    | 3.0   | 1300  | 1800 W          |
      | 4.5    | 4.0   | 1800  | 1800 W          |
      | 4.5    | 4.1   | 1900  | too big for one |
