Feature: Five-a-side squad
  A squad has at most 8 players. The first to join is captain; when the captain leaves,
  the player who has been in the squad longest takes over.

  Scenario: two captains go
    Given a new squad
    When Kim joins the squad
    And Lee joins the squad
    And Max joins the squad
    And Ned joins the squad
    And Lee leaves the squad
    And Kim leaves the squad
    Then the captain is "Max"
    And the player count is 2

  Scenario: rejoining a full squad
    Given a new squad
    When Kim joins the squad
    And Lee joins the squad
    And Max joins the squad
    And Ned joins the squad
    And Oli joins the squad
    And Pat joins the squad
    And Raj joins the squad
    And Sol joins the squad
    And Tom joins the squad
    Then the coach says "the squad is full"
    When Kim leaves the squad
    And Kim joins the squad
    Then the captain is "Lee"
    And the player count is 8

  Scenario: down to one
    Given a new squad
    When Kim joins the squad
    And Lee joins the squad
    And Lee joins the squad
    Then the coach says "Lee is already in the squad"
    When Max leaves the squad
    Then the coach says "Max is not in the squad"
    When Kim leaves the squad
    Then the captain is "Lee"
    And the player count is 1
