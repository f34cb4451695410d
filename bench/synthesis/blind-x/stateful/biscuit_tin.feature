Feature: Biscuit tin

  Scenario: topping up the tin
    Given there are 10 biscuits in the tin
    When 12 biscuits are put in the tin
    Then the tin has 22 left
    When 8 biscuits are put in the tin
    Then the tin has 30 left

  Scenario: more than the tin takes
    Given there are 25 biscuits in the tin
    When 6 biscuits are put in the tin
    Then we are told "the tin will not hold that many"
    And the tin has 25 left
    When 5 biscuits are put in the tin
    Then the tin has 30 left

  Scenario: eating the lot
    Given there are 9 biscuits in the tin
    When 4 biscuits are eaten
    Then the tin has 5 left
    When 5 biscuits are eaten
    Then the tin has 0 left

  Scenario: eating more than there are
    Given there are 3 biscuits in the tin
    When 4 biscuits are eaten
    Then we are told "there are not that many biscuits"
    And the tin has 3 left
    When 2 biscuits are eaten
    Then the tin has 1 left

  Scenario: filling an empty tin
    Given there are 0 biscuits in the tin
    When 2 biscuits are eaten
    Then we are told "there are not that many biscuits"
    When 30 biscuits are put in the tin
    Then the tin has 30 left
