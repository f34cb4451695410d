Feature: Pancake stack

  Scenario: stacking pancakes
    Given an empty plate
    When I add a plain pancake
    And I add a banana pancake
    Then the top pancake is banana
    And pancakes on the plate: 2

  Scenario: eating from the top
    Given an empty plate
    When I add a plain pancake
    And I add a banana pancake
    And I add a blueberry pancake
    And I eat a pancake
    Then the last pancake eaten was blueberry
    And the top pancake is banana
    And pancakes on the plate: 2

  Scenario: nothing to eat
    Given an empty plate
    When I eat a pancake
    Then I am told "the plate is empty"

  Scenario: a stack that is too tall
    Given an empty plate
    When I add a plain pancake
    And I add a plain pancake
    And I add a plain pancake
    And I add a plain pancake
    And I add a banana pancake
    Then I am told "the stack would topple"
    And pancakes on the plate: 4
    And the top pancake is plain
