Feature: Weekly meal plan
  One main meal is planned for each evening, Monday to Sunday.

  Scenario: planning two evenings
    Given an empty meal plan
    When "lasagne" is planned for Tuesday
    And "stir fry" is planned for Thursday
    Then Tuesday's meal is "lasagne"
    And the free evenings come to 5

  Scenario: an evening already taken
    Given the plan has "curry" on Friday
    When "pizza" is planned for Friday
    Then the planner says "Friday already has curry"
    And Friday's meal is "curry"
    When Friday is cleared
    Then Friday is free
    When Friday is cleared
    Then the planner says "nothing is planned for Friday"

  Scenario: swapping two evenings
    Given the plan has "risotto" on Monday
    And the plan has "tacos" on Wednesday
    When Monday and Wednesday are swapped
    Then Monday's meal is "tacos"
    And Wednesday's meal is "risotto"

  Scenario: swapping with a free evening
    Given the plan has "soup" on Sunday
    When Sunday and Saturday are swapped
    Then Sunday is free
    And Saturday's meal is "soup"
    And the free evenings come to 6
