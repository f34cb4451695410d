Feature: Gym visit card
  Each check-in uses one visit from the card; with no visits left a check-in is refused, and a top-up adds visits.

  Scenario: a new card
    Given a gym card loaded with 10 visits
    Then the card shows 10 visits left

  Scenario: checking in
    Given a gym card loaded with 10 visits
    When the member checks in
    And the member checks in
    Then the card shows 8 visits left

  Scenario: no visits left
    Given a gym card loaded with 2 visits
    When the member checks in
    And the member checks in
    And the member checks in
    Then the check-in is refused with "no visits left"
    And the card shows 0 visits left

  Scenario: topping up
    Given a gym card loaded with 3 visits
    When the card is topped up with 10 visits
    And the member checks in
    Then the card shows 12 visits left
