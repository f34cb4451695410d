Feature: Village hall crockery
  Groups borrow cups, plates and bowls from the hall cupboard and bring them back later. With
  everything in, the cupboard holds 40 cups, 30 plates and 20 bowls.

  Background:
    Given everything is in the cupboard

  Scenario: a wedding tea
    When 18 bowls are lent out
    And 33 cups are lent out
    And 11 plates are lent out
    And 4 bowls are lent out
    Then the hall refuses with "only 2 bowls left"
    And there are 7 cups in the cupboard
    And there are 19 plates in the cupboard

  Scenario: mixed up returns
    When 3 cups come back
    Then the hall refuses with "no cups are out"
    When 16 plates are lent out
    And 20 plates come back
    Then the hall refuses with "only 16 plates are out"
    When 16 plates come back
    And 40 cups are lent out
    And 5 cups are lent out
    Then the hall refuses with "no cups left"
    And there are 30 plates in the cupboard
    And there are 0 cups in the cupboard

  Scenario: part of the cups come back
    When 22 cups are lent out
    And 8 cups come back
    And 7 bowls are lent out
    And 15 cups come back
    Then the hall refuses with "only 14 cups are out"
    And there are 26 cups in the cupboard
    And there are 13 bowls in the cupboard
