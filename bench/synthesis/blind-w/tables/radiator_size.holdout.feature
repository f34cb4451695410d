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
      | 2.2    | 2.2   | 500   | 600 W           |
      | 3.5    | 2.5   | 900   | 900 W           |
      | 3.3    | 3.3   | 1100  | 1200 W          |
      | 4.0    | 3.6   | 1500  | 1800 W          |
      | 5.0    | 5.0   | 2500  | too big for one |
      | 2.9    | 3.4   | 1000  | 1200 W          |
