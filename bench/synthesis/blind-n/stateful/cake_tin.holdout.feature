Feature: Cake tin

  Scenario: a bigger share for Mia
    Given a cake cut into 10 slices
    When Mia eats 3 slices
    And Sam eats a slice
    Then 6 slices are left

  Scenario: a small cake
    Given a cake cut into 3 slices
    When Dad eats 2 slices
    Then 1 slice is left

  Scenario: shared to the end
    Given a cake cut into 5 slices
    When Sam eats 2 slices
    And Mia eats 3 slices
    Then the tin is empty
