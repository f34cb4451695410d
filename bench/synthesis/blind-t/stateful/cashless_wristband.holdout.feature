Feature: Cashless festival wristband
  The wristband holds credit. It is topped up with 10.00 or 20.00 at a time; a drink costs 4.50
  and a meal 8.00, and the credit never goes below 0.00. Whatever is left can be refunded.

  Scenario: two meals and a drink
    Given a wristband with 2.50 credit
    When 20.00 is added to the wristband
    And a meal is bought
    And a meal is bought
    Then the wristband has 6.50 credit
    When a drink is bought
    Then the wristband has 2.00 credit
    When a meal is bought
    Then the sale is refused with "not enough credit: 2.00 left"

  Scenario: a fresh wristband
    Given a wristband with 0.00 credit
    When the credit is refunded
    Then the refund is refused with "there is no credit to refund"
    When 5.00 is added to the wristband
    Then the top-up is refused with "top-ups are 10.00 or 20.00"
    When 10.00 is added to the wristband
    And a drink is bought
    Then the wristband has 5.50 credit

  Scenario: refunded at the end of the day
    Given a wristband with 40.00 credit
    When a meal is bought
    And a drink is bought
    And a drink is bought
    And the credit is refunded
    Then the refund paid is 23.00
    And the wristband has 0.00 credit
