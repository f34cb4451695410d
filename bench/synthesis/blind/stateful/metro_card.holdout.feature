Feature: Metro card
  Journeys are paid from the card balance; the gate stays closed when the balance does not cover the journey.

  Scenario: exactly enough
    Given a metro card with a balance of 2.80
    When a journey costing 2.80 is made
    Then the card balance is 0.00

  Scenario: refused, topped up, then through
    Given a metro card with a balance of 1.50
    When a journey costing 3.10 is made
    And the card is topped up with 10.00
    And a journey costing 3.10 is made
    Then the card balance is 8.40

  Scenario: a day of travel
    Given a metro card with a balance of 25.00
    When a journey costing 4.20 is made
    And a journey costing 4.20 is made
    And a journey costing 4.20 is made
    Then the card balance is 12.40

  Scenario: an empty card
    Given a metro card with a balance of 0.00
    When a journey costing 1.00 is made
    Then the gate stays closed with "insufficient balance"
    And the card balance is 0.00
