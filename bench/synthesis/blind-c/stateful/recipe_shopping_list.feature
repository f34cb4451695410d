Feature: Recipe shopping list
  Ingredients are listed in the order they came onto the list. When a recipe
  needs an ingredient that is already listed, its amount goes up instead of
  listing it twice. Crossing an ingredient off removes it. Finding some in the
  cupboard lowers the amount, and when the cupboard covers the whole amount
  the ingredient comes off the list.

  Scenario: two ingredients
    Given an empty shopping list
    When a recipe needs 3 eggs
    And a recipe needs 2 lemons
    Then the list reads "3 eggs, 2 lemons"
    And items on the list: 2

  Scenario: the same ingredient twice
    Given an empty shopping list
    When a recipe needs 3 eggs
    And a recipe needs 2 lemons
    And a recipe needs 4 eggs
    Then the list reads "7 eggs, 2 lemons"

  Scenario: crossing off
    Given an empty shopping list
    When a recipe needs 3 eggs
    And a recipe needs 2 lemons
    And a recipe needs 5 onions
    And I cross off lemons
    Then the list reads "3 eggs, 5 onions"

  Scenario: checking the cupboard
    Given an empty shopping list
    When a recipe needs 6 eggs
    And a recipe needs 2 onions
    And I find 2 eggs in the cupboard
    And I find 3 onions in the cupboard
    Then the list reads "4 eggs"
    And items on the list: 1

  Scenario: crossing off something that is not listed
    Given an empty shopping list
    When a recipe needs 2 lemons
    And I cross off butter
    Then I am told "butter is not on the list"
    And the list reads "2 lemons"
