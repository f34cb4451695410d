Feature: Supermarket points card
  Every whole euro spent earns one point. Points can be redeemed as long as the card holds enough.

  Scenario: a small purchase
    Given a points card holding 0 points
    When the customer spends 0.99 at the till
    Then the card holds 0 points

  Scenario: earning just enough
    Given a points card holding 95 points
    When the customer spends 5.20 at the till
    And the customer redeems 100 points
    Then the card holds 0 points

  Scenario: one point short
    Given a points card holding 99 points
    When the customer redeems 100 points
    Then the redemption is refused with "not enough points"
    And the card holds 99 points

  Scenario: a big week
    Given a points card holding 10 points
    When the customer spends 120 at the till
    And the customer spends 45.75 at the till
    And the customer redeems 75 points
    Then the card holds 100 points
