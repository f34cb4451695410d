Feature: Supermarket points card
  Every whole euro spent earns one point. Points can be redeemed as long as the card holds enough.

  Scenario: earning points
    Given a points card holding 0 points
    When the customer spends 23.50 at the till
    Then the card holds 23 points

  Scenario: two shops
    Given a points card holding 40 points
    When the customer spends 10 at the till
    And the customer spends 9.99 at the till
    Then the card holds 59 points

  Scenario: redeeming points
    Given a points card holding 150 points
    When the customer redeems 100 points
    Then the card holds 50 points

  Scenario: not enough points
    Given a points card holding 30 points
    When the customer redeems 50 points
    Then the redemption is refused with "not enough points"
    And the card holds 30 points
