Feature: Coffee shop loyalty card

  Scenario: points for a purchase
    Given a loyalty card with 0 points
    When a purchase of 23.80 euros is made
    Then the card has 23 points

  Scenario: a voucher
    Given a loyalty card with 90 points
    When a purchase of 10.00 euros is made
    Then the card has 100 points
    When a voucher is redeemed
    Then the card has 0 points
    And 1 vouchers have been issued

  Scenario: one point short
    Given a loyalty card with 99 points
    When a voucher is redeemed
    Then the redemption is refused with "not enough points"
    And the card has 99 points

  Scenario: two vouchers
    Given a loyalty card with 250 points
    When a voucher is redeemed
    And a voucher is redeemed
    Then the card has 50 points
    And 2 vouchers have been issued
    When a voucher is redeemed
    Then the redemption is refused with "not enough points"

  Scenario: small purchases
    Given a loyalty card with 0 points
    When a purchase of 0.99 euros is made
    And a purchase of 0.99 euros is made
    Then the card has 0 points
