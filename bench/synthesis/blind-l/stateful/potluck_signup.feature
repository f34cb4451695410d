Feature: Potluck sign-up sheet

  Scenario: two dishes
    Given the potluck sign-up sheet is empty
    When Omar signs up to bring "potato salad"
    And Ana signs up to bring "lemon cake"
    Then the sheet reads "Omar: potato salad, Ana: lemon cake"
    And 2 people are bringing food

  Scenario: the same dish twice
    Given the potluck sign-up sheet is empty
    When Omar signs up to bring "potato salad"
    And Ana signs up to bring "potato salad"
    Then the sign-up is refused with "someone is already bringing potato salad"
    And 1 person is bringing food

  Scenario: one dish each
    Given the potluck sign-up sheet is empty
    When Omar signs up to bring "chili"
    And Omar signs up to bring "garlic bread"
    Then the sign-up is refused with "Omar is already bringing chili"
    And the sheet reads "Omar: chili"

  Scenario: dropping out frees the dish
    Given the potluck sign-up sheet is empty
    When Omar signs up to bring "chili"
    And Ana signs up to bring "rice"
    And Omar drops out
    Then the sheet reads "Ana: rice"
    When Lee signs up to bring "chili"
    Then the sheet reads "Ana: rice, Lee: chili"

  Scenario: nobody left
    Given the potluck sign-up sheet is empty
    When Omar signs up to bring "fruit salad"
    And Omar drops out
    Then the sheet reads "nobody yet"
    And 0 people are bringing food
