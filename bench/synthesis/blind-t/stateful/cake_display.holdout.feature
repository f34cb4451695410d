Feature: Cafe cake display
  Every cake on the counter is cut into 8 slices. A new cake of a kind only goes out once the
  last one of that kind is finished.

  Background:
    Given the counter has 8 slices of lemon cake
    And 3 slices of carrot cake
    And no chocolate cake

  Scenario: a second lemon cake
    When 6 slices of lemon are sold
    Then there are 2 slices of lemon cake left
    When a new lemon cake is put out
    Then the new cake is refused with "there are still 2 slices of lemon"
    When 2 slices of lemon are sold
    And a new lemon cake is put out
    And 5 slices of lemon are sold
    Then there are 3 slices of lemon cake left

  Scenario: a busy chocolate afternoon
    When a new chocolate cake is put out
    And 3 slices of chocolate are sold
    And 3 slices of chocolate are sold
    And 4 slices of chocolate are sold
    Then the sale is refused with "only 2 slices of chocolate left"
    And there are 2 slices of chocolate cake left

  Scenario: carrot and lemon both run out
    When 4 slices of carrot are sold
    Then the sale is refused with "only 3 slices of carrot left"
    When 3 slices of carrot are sold
    And a new carrot cake is put out
    And 6 slices of carrot are sold
    Then there are 2 slices of carrot cake left
    When 8 slices of lemon are sold
    And 3 slices of lemon are sold
    Then the sale is refused with "there is no lemon cake out"
