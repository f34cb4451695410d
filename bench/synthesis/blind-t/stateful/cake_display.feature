Feature: Cafe cake display
  Every cake on the counter is cut into 8 slices. A new cake of a kind only goes out once the
  last one of that kind is finished.

  Background:
    Given the counter has 8 slices of lemon cake
    And 3 slices of carrot cake
    And no chocolate cake

  Scenario: selling lemon
    When 3 slices of lemon are sold
    And 2 slices of lemon are sold
    Then there are 3 slices of lemon cake left

  Scenario: a new carrot cake
    When 3 slices of carrot are sold
    Then there are 0 slices of carrot cake left
    When a new carrot cake is put out
    Then there are 8 slices of carrot cake left
    When 4 slices of carrot are sold
    Then there are 4 slices of carrot cake left

  Scenario: refusals before anything is sold
    When 5 slices of carrot are sold
    Then the sale is refused with "only 3 slices of carrot left"
    When a new lemon cake is put out
    Then the new cake is refused with "there are still 8 slices of lemon"
    When 3 slices of chocolate are sold
    Then the sale is refused with "there is no chocolate cake out"
    And there are 3 slices of carrot cake left

  Scenario: chocolate
    When 2 slices of chocolate are sold
    Then the sale is refused with "there is no chocolate cake out"
    When a new chocolate cake is put out
    And 6 slices of chocolate are sold
    Then there are 2 slices of chocolate cake left
    When 4 slices of chocolate are sold
    Then the sale is refused with "only 2 slices of chocolate left"
    When a new chocolate cake is put out
    Then the new cake is refused with "there are still 2 slices of chocolate"

  Scenario: lemon sold out
    When 8 slices of lemon are sold
    Then there are 0 slices of lemon cake left
    When 2 slices of lemon are sold
    Then the sale is refused with "there is no lemon cake out"
    When a new lemon cake is put out
    Then there are 8 slices of lemon cake left
