Feature: Village hall crockery
  Groups borrow cups, plates and bowls from the hall cupboard and bring them back later. With
  everything in, the cupboard holds 40 cups, 30 plates and 20 bowls.

  Background:
    Given everything is in the cupboard

  Scenario: lending and getting back
    When 12 cups are lent out
    And 8 plates are lent out
    And 4 bowls are lent out
    Then there are 28 cups in the cupboard
    And there are 22 plates in the cupboard
    When 10 cups come back
    Then there are 38 cups in the cupboard

  Scenario: running short
    When 15 bowls are lent out
    And 6 bowls are lent out
    Then the hall refuses with "only 5 bowls left"
    When 3 bowls come back
    Then there are 8 bowls in the cupboard
    When 40 cups are lent out
    Then there are 0 cups in the cupboard
    When 2 cups are lent out
    Then the hall refuses with "no cups left"

  Scenario: more back than went out
    When 4 plates are lent out
    And 6 plates come back
    Then the hall refuses with "only 4 plates are out"
    When 4 plates come back
    Then there are 30 plates in the cupboard
    When 2 bowls come back
    Then the hall refuses with "no bowls are out"

  Scenario: a harvest supper
    When 30 plates are lent out
    Then there are 0 plates in the cupboard
    When 3 plates are lent out
    Then the hall refuses with "no plates left"
    When 12 plates come back
    And 25 cups are lent out
    And 25 cups come back
    Then there are 40 cups in the cupboard
    And there are 12 plates in the cupboard

  Scenario: a coffee morning
    When 9 bowls are lent out
    And 9 bowls come back
    And 5 cups come back
    Then the hall refuses with "no cups are out"
    When 7 cups are lent out
    And 9 cups come back
    Then the hall refuses with "only 7 cups are out"
    And there are 33 cups in the cupboard
    And there are 20 bowls in the cupboard
