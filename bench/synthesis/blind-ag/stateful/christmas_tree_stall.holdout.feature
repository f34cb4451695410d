Feature: Christmas tree stall
  Trees are sold by height. A customer may put one tree aside by name; a tree put aside is
  not for sale until it is collected or released back to the stall. Deliveries add trees of
  one height.

  Scenario: one tree each
    Given the stall starts with 2 "7 ft" trees
    And the stall starts with 3 "5 ft" trees
    When "Fay" puts a "5 ft" tree aside
    And "Fay" puts a "7 ft" tree aside
    Then the stall says "Fay already has a tree aside"
    When a "7 ft" tree is sold
    And a "7 ft" tree is sold
    And a "7 ft" tree is sold
    Then the stall says "no 7 ft trees left"
    And the "5 ft" trees for sale are 2
    And the trees put aside are 1

  Scenario: one released, one collected
    Given the stall starts with 5 "6 ft" trees
    When "Gus" puts a "6 ft" tree aside
    And "Hal" puts a "6 ft" tree aside
    And "Gus" releases the tree put aside
    And "Hal" collects the tree put aside
    Then the "6 ft" trees for sale are 4
    And the trees put aside are 0
    When "Hal" collects the tree put aside
    Then the stall says "Hal has no tree aside"

  Scenario: waiting for a delivery
    Given the stall starts with 2 "5 ft" trees
    When "Ivy" puts a "6 ft" tree aside
    Then the stall says "no 6 ft trees left"
    When 3 "6 ft" trees are delivered
    And "Ivy" puts a "6 ft" tree aside
    And 7 "5 ft" trees are delivered
    Then the "6 ft" trees for sale are 2
    And the "5 ft" trees for sale are 9
    And the trees put aside are 1
