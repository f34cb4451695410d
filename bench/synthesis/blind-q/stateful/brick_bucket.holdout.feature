Feature: Brick bucket

  Scenario: a bridge with too few blues
    Given the bucket has 18 red bricks, 3 blue bricks and 22 yellow bricks
    When a model uses 9 yellow bricks
    And a model uses 5 blue bricks
    Then the builder is told "only 3 blue bricks left"
    When 4 blue bricks are tipped back in
    And a model uses 5 blue bricks
    Then the blue brick count is 2
    And the yellow brick count is 13

  Scenario: no reds to start with
    Given the bucket has 0 red bricks, 9 blue bricks and 7 yellow bricks
    When a model uses 3 red bricks
    Then the builder is told "no red bricks left"
    When 11 red bricks are tipped back in
    And a model uses 11 red bricks
    And 2 red bricks are tipped back in
    Then the red brick count is 2

  Scenario: yellows twice short
    Given the bucket has 14 red bricks, 6 blue bricks and 4 yellow bricks
    When a model uses 4 yellow bricks
    And a model uses 6 yellow bricks
    Then the builder is told "no yellow bricks left"
    When 8 yellow bricks are tipped back in
    And a model uses 12 yellow bricks
    Then the builder is told "only 8 yellow bricks left"
    And the red brick count is 14
