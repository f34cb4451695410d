Feature: Brick bucket

  Scenario: building a small house
    Given the bucket has 40 red bricks, 25 blue bricks and 10 yellow bricks
    When a model uses 12 red bricks
    And a model uses 6 yellow bricks
    Then the red brick count is 28
    And the yellow brick count is 4
    When 5 yellow bricks are tipped back in
    Then the yellow brick count is 9
    And the blue brick count is 25

  Scenario: running short of blue
    Given the bucket has 30 red bricks, 8 blue bricks and 20 yellow bricks
    When a model uses 5 blue bricks
    And a model uses 4 blue bricks
    Then the builder is told "only 3 blue bricks left"
    When a model uses 3 blue bricks
    And a model uses 2 blue bricks
    Then the builder is told "no blue bricks left"
    When 7 blue bricks are tipped back in
    Then the blue brick count is 7

  Scenario: taking a model apart
    Given the bucket has 6 red bricks, 15 blue bricks and 0 yellow bricks
    When a model uses 2 yellow bricks
    Then the builder is told "no yellow bricks left"
    When 9 yellow bricks are tipped back in
    And 14 red bricks are tipped back in
    And a model uses 10 yellow bricks
    Then the builder is told "only 9 yellow bricks left"
    And the red brick count is 20

  Scenario: the reds run out
    Given the bucket has 10 red bricks, 12 blue bricks and 5 yellow bricks
    When a model uses 10 red bricks
    And a model uses 4 red bricks
    Then the builder is told "no red bricks left"
    When 3 blue bricks are tipped back in
    And a model uses 15 blue bricks
    Then the blue brick count is 0
    When 6 red bricks are tipped back in
    And a model uses 8 red bricks
    Then the builder is told "only 6 red bricks left"
