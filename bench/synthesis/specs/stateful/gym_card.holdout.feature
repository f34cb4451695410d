Feature: Gym visit card
  Each check-in uses one visit from the card; with no visits left a check-in is refused, and a top-up adds visits.

  Scenario: an empty card
    Given a gym card loaded with 0 visits
    When the member checks in
    Then the check-in is refused with "no visits left"
    And the card shows 0 visits left

  Scenario: a top-up used up again
    Given a gym card loaded with 0 visits
    When the card is topped up with 2 visits
    And the member checks in
    And the member checks in
    And the member checks in
    Then the check-in is refused with "no visits left"
    And the card shows 0 visits left

  Scenario: topping up a card that still has visits
    Given a gym card loaded with 5 visits
    When the card is topped up with 5 visits
    And the member checks in
    And the member checks in
    And the member checks in
    Then the card shows 7 visits left
