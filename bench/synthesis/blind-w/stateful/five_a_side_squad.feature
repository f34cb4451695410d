Feature: Five-a-side squad
  A squad has at most 8 players. The first to join is captain; when the captain leaves,
  the player who has been in the squad longest takes over.

  Scenario: the first players
    Given a new squad
    When Ali joins the squad
    And Ben joins the squad
    And Cai joins the squad
    Then the player count is 3
    And the captain is "Ali"

  Scenario: the captain leaves
    Given a new squad
    When Ali joins the squad
    And Ben joins the squad
    And Cai joins the squad
    And Ali leaves the squad
    Then the captain is "Ben"
    And the player count is 2
    When Ali joins the squad
    And Ben leaves the squad
    Then the captain is "Cai"

  Scenario: a full squad
    Given a new squad
    When Ali joins the squad
    And Ben joins the squad
    And Cai joins the squad
    And Dev joins the squad
    And Eli joins the squad
    And Fin joins the squad
    And Gus joins the squad
    And Hal joins the squad
    And Ivo joins the squad
    Then the coach says "the squad is full"
    When Dev leaves the squad
    And Ivo joins the squad
    Then the player count is 8
    And the captain is "Ali"

  Scenario: mistakes at sign-up
    Given a new squad
    When Ali joins the squad
    And Ali joins the squad
    Then the coach says "Ali is already in the squad"
    When Ben leaves the squad
    Then the coach says "Ben is not in the squad"
    And the player count is 1
    And the captain is "Ali"
