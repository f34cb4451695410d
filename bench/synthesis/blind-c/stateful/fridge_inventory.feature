Feature: Fridge inventory
  The fridge counts what it holds by name. Using more of something than the
  fridge has is refused. When something runs out it goes onto the shopping
  list, in the order things ran out; putting some back in the fridge takes it
  off the list again.

  Scenario: putting food in and using some
    Given an empty fridge
    When I put 6 eggs in the fridge
    And I use 2 eggs
    Then the fridge has 4 eggs

  Scenario: running out
    Given the fridge has 3 yogurts
    When I use 3 yogurts
    Then the fridge has 0 yogurts
    And the shopping list reads "yogurts"

  Scenario: using more than there is
    Given the fridge has 2 lemons
    And the fridge has 4 eggs
    When I use 5 eggs
    Then I am told "there are only 4 eggs"
    And the fridge has 4 eggs
    And the shopping list is empty

  Scenario: the shopping list keeps the order things ran out
    Given the fridge has 2 lemons
    And the fridge has 2 tomatoes
    When I use 2 tomatoes
    And I use 2 lemons
    Then the shopping list reads "tomatoes, lemons"
    When I put 3 tomatoes in the fridge
    Then the shopping list reads "lemons"

  Scenario: something the fridge never had
    Given an empty fridge
    When I use 2 sausages
    Then I am told "there are only 0 sausages"
    And the fridge has 0 sausages
