Feature: Sushi belt

  Scenario: sharing the belt
    Given the belt carries 5 blue plates
    And the belt carries 5 red plates
    When Dad takes a blue plate
    And Dad takes 2 red plates
    And Mia takes 2 blue plates
    Then Dad's bill is 6.50
    And Mia's bill is 3.00
    And the belt carries 2 blue plates

  Scenario: one plate too many
    Given the belt carries 3 green plates
    When Ava takes 4 green plates
    Then Ava is told "not enough green plates"
    When Ava takes 3 green plates
    And the chef adds 4 green plates
    Then Ava's bill is 10.50
    And the belt carries 4 green plates

  Scenario: a fresh batch
    Given the belt carries 0 blue plates
    When the chef adds 10 blue plates
    And Ben takes 3 blue plates
    And Sam takes a blue plate
    And Ben takes a blue plate
    Then Ben's bill is 6.00
    And Sam's bill is 1.50
    And the belt carries 5 blue plates
