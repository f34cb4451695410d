Feature: Recipe shopping list
  Ingredients are listed in the order they came onto the list. When a recipe
  needs an ingredient that is already listed, its amount goes up instead of
  listing it twice. Crossing an ingredient off removes it. Finding some in the
  cupboard lowers the amount, and when the cupboard covers the whole amount
  the ingredient comes off the list.

  Scenario: soup and a side dish
    Given an empty shopping list
    When a recipe needs 2 carrots
    And a recipe needs 4 potatoes
    And a recipe needs 3 carrots
    And I find 4 potatoes in the cupboard
    And a recipe needs 2 tomatoes
    Then the list reads "5 carrots, 2 tomatoes"
    And items on the list: 2

  Scenario: crossing off twice
    Given an empty shopping list
    When a recipe needs 3 onions
    And I cross off onions
    And I cross off onions
    Then I am told "onions is not on the list"
    And items on the list: 0

  Scenario: the cupboard has exactly enough
    Given an empty shopping list
    When a recipe needs 2 eggs
    And a recipe needs 5 lemons
    And I find 2 eggs in the cupboard
    Then the list reads "5 lemons"
