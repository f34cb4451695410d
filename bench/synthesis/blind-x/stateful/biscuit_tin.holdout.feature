Feature: Biscuit tin

  Scenario: a packet too far
    Given there are 0 biscuits in the tin
    When 18 biscuits are put in the tin
    And 7 biscuits are eaten
    Then the tin has 11 left
    When 20 biscuits are put in the tin
    Then we are told "the tin will not hold that many"
    And the tin has 11 left

  Scenario: nearly full then empty
    Given there are 28 biscuits in the tin
    When 3 biscuits are put in the tin
    Then we are told "the tin will not hold that many"
    When 2 biscuits are put in the tin
    Then the tin has 30 left
    When 30 biscuits are eaten
    Then the tin has 0 left

  Scenario: a big bag will not fit an empty tin
    Given there are 6 biscuits in the tin
    When 7 biscuits are eaten
    Then we are told "there are not that many biscuits"
    When 6 biscuits are eaten
    Then the tin has 0 left
    When 40 biscuits are put in the tin
    Then we are told "the tin will not hold that many"
    And the tin has 0 left
