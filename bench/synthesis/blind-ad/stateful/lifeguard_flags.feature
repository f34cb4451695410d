Feature: Lifeguard flags
  Swimming is only allowed while the red and yellow flags are up, with at most 25 swimmers in
  the water for each lifeguard on duty. Raising the red flag calls everybody out of the water.
  A lifeguard can only go off duty if the others can still watch everybody in the water.

  Scenario: a sunny morning
    Given the lifeguard count is 2 and the flags are "red and yellow"
    When 20 swimmers go in
    And 12 swimmers go in
    Then the swimmer count is 32
    When 5 swimmers come out
    Then the swimmer count is 27

  Scenario: the water is full
    Given the lifeguard count is 2 and the flags are "red and yellow"
    When 45 swimmers go in
    And 8 swimmers go in
    Then the lifeguard says "only room for 5 more swimmers"
    And the swimmer count is 45
    When a lifeguard comes on duty
    And 8 swimmers go in
    Then the swimmer count is 53
    And the lifeguard count is 3

  Scenario: the red flag
    Given the lifeguard count is 3 and the flags are "red and yellow"
    When 30 swimmers go in
    And the flags are changed to "red"
    Then the swimmer count is 0
    And the flags are "red"
    When 4 swimmers go in
    Then the lifeguard says "no swimming under the red flag"
    When the flags are changed to "red and yellow"
    And 4 swimmers go in
    Then the swimmer count is 4

  Scenario: going off duty
    Given the lifeguard count is 3 and the flags are "red and yellow"
    When 60 swimmers go in
    And a lifeguard goes off duty
    Then the lifeguard says "too many swimmers in the water to go off duty"
    And the lifeguard count is 3
    When 12 swimmers come out
    And a lifeguard goes off duty
    Then the lifeguard count is 2
    And the swimmer count is 48

  Scenario: counting them out
    Given the lifeguard count is 2 and the flags are "red and yellow"
    When 6 swimmers go in
    And 10 swimmers come out
    Then the lifeguard says "there are only 6 swimmers in the water"
    And the swimmer count is 6
    When 6 swimmers come out
    Then the swimmer count is 0
