Feature: Fridge inventory
  The fridge counts what it holds by name. Using more of something than the
  fridge has is refused. When something runs out it goes onto the shopping
  list, in the order things ran out; putting some back in the fridge takes it
  off the list again.

  Scenario: two deliveries of peppers
    Given an empty fridge
    When I put 4 peppers in the fridge
    And I put 3 peppers in the fridge
    And I use 5 peppers
    Then the fridge has 2 peppers
    And the shopping list is empty

  Scenario: eggs run out twice
    Given the fridge has 2 carrots
    And the fridge has 6 eggs
    When I use 6 eggs
    And I use 2 carrots
    And I put 2 eggs in the fridge
    And I use 2 eggs
    Then the shopping list reads "carrots, eggs"
    And the fridge has 0 eggs

  Scenario: one apple too many
    Given the fridge has 3 apples
    When I use 4 apples
    Then I am told "there are only 3 apples"
    And the fridge has 3 apples
