Feature: Scaling a recipe
  The recipe card is written for 4 people; amounts grow and shrink in proportion to the number of guests.

  Scenario Outline: flour for a different number of guests
    Given the recipe card asks for <grams> grams of flour
    And we are cooking for <guests> guests
    When the recipe is scaled
    Then we need <needed> grams of flour

    Examples:
      | grams | guests | needed |
      | 200   | 4      | 200    |
      | 200   | 2      | 100    |
      | 200   | 6      | 300    |
      | 500   | 8      | 1000   |
      | 300   | 1      | 75     |
      | 360   | 3      | 270    |
