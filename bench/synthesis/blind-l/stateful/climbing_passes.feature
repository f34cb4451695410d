Feature: Climbing wall visit passes

  Scenario: one visit
    Given Omar has 3 visits left
    When Omar checks in
    Then Omar has 2 visits left

  Scenario: the last visit on the pass
    Given Omar has 1 visit left
    When Omar checks in
    Then Omar has 0 visits left
    When Omar checks in
    Then the check-in is refused with "Omar has no visits left"
    And Omar has 0 visits left

  Scenario: a new pass and a guest
    Given Omar has 0 visits left
    When Omar buys a 10-visit pass
    Then Omar has 10 visits left
    And Omar has spent 85.00
    When Omar checks in with a guest
    Then Omar has 8 visits left

  Scenario: not enough for a guest
    Given Omar has 1 visit left
    When Omar checks in with a guest
    Then the check-in is refused with "Omar has only 1 visit left"
    And Omar has 1 visit left
    When Omar buys a 5-visit pass
    Then Omar has 6 visits left
    And Omar has spent 45.00

  Scenario: two climbers
    Given Omar has 2 visits left
    And Jade has 4 visits left
    When Jade checks in with a guest
    And Omar checks in
    Then Jade has 2 visits left
    And Omar has 1 visit left
    When Jade buys a 10-visit pass
    And Jade buys a 5-visit pass
    Then Jade has 17 visits left
    And Jade has spent 130.00
    And Omar has spent 0.00
