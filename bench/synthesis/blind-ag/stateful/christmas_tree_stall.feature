Feature: Christmas tree stall
  Trees are sold by height. A customer may put one tree aside by name; a tree put aside is
  not for sale until it is collected or released back to the stall. Deliveries add trees of
  one height.

  Scenario: selling out of one height
    Given the stall starts with 3 "6 ft" trees
    When a "6 ft" tree is sold
    And a "6 ft" tree is sold
    Then the "6 ft" trees for sale are 1
    When a "6 ft" tree is sold
    And a "6 ft" tree is sold
    Then the stall says "no 6 ft trees left"
    When 4 "6 ft" trees are delivered
    Then the "6 ft" trees for sale are 4

  Scenario: putting a tree aside
    Given the stall starts with 2 "7 ft" trees
    When "Ana" puts a "7 ft" tree aside
    Then the "7 ft" trees for sale are 1
    And the trees put aside are 1
    When "Ana" puts a "7 ft" tree aside
    Then the stall says "Ana already has a tree aside"
    When "Ana" collects the tree put aside
    Then the trees put aside are 0
    And the "7 ft" trees for sale are 1
    When "Dee" puts a "7 ft" tree aside
    And "Eli" puts a "7 ft" tree aside
    Then the stall says "no 7 ft trees left"

  Scenario: a tree released back
    Given the stall starts with 2 "5 ft" trees
    When "Ben" puts a "5 ft" tree aside
    And a "5 ft" tree is sold
    And a "5 ft" tree is sold
    Then the stall says "no 5 ft trees left"
    When "Ben" releases the tree put aside
    And a "5 ft" tree is sold
    Then the "5 ft" trees for sale are 0
    And the trees put aside are 0

  Scenario: deliveries
    Given the stall starts with 4 "5 ft" trees
    When "Cal" collects the tree put aside
    Then the stall says "Cal has no tree aside"
    When 6 "6 ft" trees are delivered
    And "Cal" puts a "6 ft" tree aside
    Then the "6 ft" trees for sale are 5
    When 10 "5 ft" trees are delivered
    Then the "5 ft" trees for sale are 14
