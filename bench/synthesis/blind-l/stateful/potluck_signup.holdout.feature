Feature: Potluck sign-up sheet

  Scenario: the curry changes hands
    Given the potluck sign-up sheet is empty
    When Bea signs up to bring "vegan curry"
    And Cal signs up to bring "flatbreads"
    And Dan signs up to bring "vegan curry"
    Then the sign-up is refused with "someone is already bringing vegan curry"
    When Bea drops out
    And Dan signs up to bring "vegan curry"
    Then the sheet reads "Cal: flatbreads, Dan: vegan curry"
    And 2 people are bringing food

  Scenario: changing your mind is not allowed
    Given the potluck sign-up sheet is empty
    When Eve signs up to bring "apple pie"
    And Eve signs up to bring "cheese board"
    Then the sign-up is refused with "Eve is already bringing apple pie"
    When Fay signs up to bring "cheese board"
    Then the sheet reads "Eve: apple pie, Fay: cheese board"
    And 2 people are bringing food
