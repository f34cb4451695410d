Feature: Metro card
  Journeys are paid from the card balance; the gate stays closed when the balance does not cover the journey.

  Scenario: topping up
    Given a metro card with a balance of 10.00
    When the card is topped up with 20.00
    Then the card balance is 30.00

  Scenario: two journeys
    Given a metro card with a balance of 10.00
    When a journey costing 2.80 is made
    And a journey costing 2.80 is made
    Then the card balance is 4.40

  Scenario: not enough on the card
    Given a metro card with a balance of 2.00
    When a journey costing 2.80 is made
    Then the gate stays closed with "insufficient balance"
    And the card balance is 2.00

  Scenario: a new card
    Given a metro card with a balance of 0.00
    When the card is topped up with 5.00
    And a journey costing 2.80 is made
    Then the card balance is 2.20
