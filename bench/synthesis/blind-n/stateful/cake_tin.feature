Feature: Cake tin

  Scenario: a few slices go
    Given a cake cut into 8 slices
    When Sam eats a slice
    And Mia eats 2 slices
    Then 5 slices are left

  Scenario: the last slice
    Given a cake cut into 6 slices
    When Sam eats 3 slices
    And Mia eats 2 slices
    Then 1 slice is left

  Scenario: all gone
    Given a cake cut into 4 slices
    When Dad eats 2 slices
    And Sam eats a slice
    And Mia eats a slice
    Then the tin is empty

  Scenario: a big cake
    Given a cake cut into 12 slices
    When Dad eats 2 slices
    Then 10 slices are left
