Feature: Sushi belt

  Scenario: blue plates
    Given the belt carries 6 blue plates
    When Sam takes a blue plate
    And Sam takes 2 blue plates
    Then Sam's bill is 4.50
    And the belt carries 3 blue plates
    When the chef adds 4 blue plates
    Then the belt carries 7 blue plates

  Scenario: two diners, two colours
    Given the belt carries 4 red plates
    And the belt carries 3 green plates
    When Mia takes a red plate
    And Mia takes a green plate
    And Ava takes 2 green plates
    Then Mia's bill is 6.00
    And Ava's bill is 7.00
    And the belt carries 0 green plates
    And the belt carries 3 red plates

  Scenario: waiting for the chef
    Given the belt carries 2 red plates
    When Ben takes 3 red plates
    Then Ben is told "not enough red plates"
    And Ben's bill is 0.00
    And the belt carries 2 red plates
    When the chef adds 5 red plates
    And Ben takes 3 red plates
    Then Ben's bill is 7.50
    And the belt carries 4 red plates

  Scenario: an empty belt
    Given the belt carries 0 green plates
    When Sam takes a green plate
    Then Sam is told "not enough green plates"
    When the chef adds 2 green plates
    And the chef adds 6 green plates
    And Sam takes 2 green plates
    Then Sam's bill is 7.00
    And the belt carries 6 green plates
