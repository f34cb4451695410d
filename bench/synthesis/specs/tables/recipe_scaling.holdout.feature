Feature: Scaling a recipe
  The pancake recipe is written for 4 people, so the flour is multiplied by the number of guests and divided by 4.

  Background:
    Given the pancake recipe is written for 4 people

  Scenario Outline: flour for a different number of guests
    Given the recipe asks for <flour> grams of flour
    And <guests> guests are coming
    When the recipe is scaled
    Then <needed> grams of flour are needed

    Examples:
      | flour | guests | needed |
      | 200   | 12     | 600    |
      | 250   | 5      | 312.5  |
      | 400   | 7      | 700    |
      | 160   | 1      | 40     |
