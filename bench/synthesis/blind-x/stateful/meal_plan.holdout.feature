Feature: Weekly meal plan
  One main meal is planned for each evening, Monday to Sunday.

  Scenario: a change of plan midweek
    Given an empty meal plan
    When "omelette" is planned for Monday
    And "chilli" is planned for Tuesday
    And "salmon" is planned for Wednesday
    And Tuesday is cleared
    Then the free evenings come to 5
    And Tuesday is free

  Scenario: moving the roast
    Given the plan has "roast" on Sunday
    And the plan has "pasta bake" on Thursday
    When "burgers" is planned for Thursday
    Then the planner says "Thursday already has pasta bake"
    When Thursday and Sunday are swapped
    Then Thursday's meal is "roast"
    And Sunday's meal is "pasta bake"

  Scenario: nothing to clear
    Given an empty meal plan
    When Wednesday is cleared
    Then the planner says "nothing is planned for Wednesday"
    When "kedgeree" is planned for Saturday
    And Saturday and Monday are swapped
    Then Monday's meal is "kedgeree"
    And Saturday is free
    And the free evenings come to 6
