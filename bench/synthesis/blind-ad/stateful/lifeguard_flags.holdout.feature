Feature: Lifeguard flags
  Swimming is only allowed while the red and yellow flags are up, with at most 25 swimmers in
  the water for each lifeguard on duty. Raising the red flag calls everybody out of the water.
  A lifeguard can only go off duty if the others can still watch everybody in the water.

  Scenario: a calm afternoon
    Given the lifeguard count is 4 and the flags are "red and yellow"
    When 70 swimmers go in
    And 40 swimmers go in
    Then the lifeguard says "only room for 30 more swimmers"
    When 30 swimmers go in
    And 20 swimmers come out
    And a lifeguard goes off duty
    Then the lifeguard says "too many swimmers in the water to go off duty"
    When 5 swimmers come out
    And a lifeguard goes off duty
    Then the lifeguard count is 3
    And the swimmer count is 75

  Scenario: a storm
    Given the lifeguard count is 2 and the flags are "red and yellow"
    When 15 swimmers go in
    And the flags are changed to "red"
    Then the swimmer count is 0
    When a lifeguard goes off duty
    Then the lifeguard count is 1
    When 10 swimmers go in
    Then the lifeguard says "no swimming under the red flag"

  Scenario: opening the beach
    Given the lifeguard count is 2 and the flags are "red"
    When 5 swimmers go in
    Then the lifeguard says "no swimming under the red flag"
    When the flags are changed to "red and yellow"
    And 50 swimmers go in
    And 7 swimmers come out
    And 9 swimmers go in
    Then the lifeguard says "only room for 7 more swimmers"
    And the swimmer count is 43
