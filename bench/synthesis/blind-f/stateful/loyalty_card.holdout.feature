Feature: Coffee shop loyalty card

  Scenario: saving up
    Given a loyalty card with 40 points
    When a purchase of 35.50 euros is made
    And a purchase of 24.99 euros is made
    Then the card has 99 points
    When a voucher is redeemed
    Then the redemption is refused with "not enough points"
    When a purchase of 1.00 euros is made
    And a voucher is redeemed
    Then the card has 0 points
    And 1 vouchers have been issued

  Scenario: three vouchers
    Given a loyalty card with 310 points
    When a voucher is redeemed
    And a voucher is redeemed
    And a voucher is redeemed
    Then the card has 10 points
    And 3 vouchers have been issued
