Feature: Scaling a recipe
  The recipe card is written for 4 people; amounts grow and shrink in proportion to the number of guests.

  Scenario Outline: flour for a different number of guests
    Given the recipe card asks for <grams> grams of flour
    And we are cooking for <guests> guests
    When the recipe is scaled
    Then we need <needed> grams of flour

    Examples:
      | grams | guests | needed |
      | 100   | 10     | 250    |
      | 240   | 5      | 300    |
      | 0     | 6      | 0      |
      | 1000  | 12     | 3000   |
      | 250   | 1      | 62.5   |
