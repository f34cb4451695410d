Feature: Cashless festival wristband
  The wristband holds credit. It is topped up with 10.00 or 20.00 at a time; a drink costs 4.50
  and a meal 8.00, and the credit never goes below 0.00. Whatever is left can be refunded.

  Scenario: topping up and spending
    Given a wristband with 0.00 credit
    When 20.00 is added to the wristband
    And 10.00 is added to the wristband
    Then the wristband has 30.00 credit
    When a drink is bought
    And a meal is bought
    Then the wristband has 17.50 credit

  Scenario: not enough for a meal
    Given a wristband with 12.00 credit
    When a drink is bought
    And a drink is bought
    Then the wristband has 3.00 credit
    When a meal is bought
    Then the sale is refused with "not enough credit: 3.00 left"
    And the wristband has 3.00 credit

  Scenario: an odd top-up
    Given a wristband with 5.00 credit
    When 15.00 is added to the wristband
    Then the top-up is refused with "top-ups are 10.00 or 20.00"
    When 10.00 is added to the wristband
    Then the wristband has 15.00 credit
    When a meal is bought
    And a meal is bought
    Then the sale is refused with "not enough credit: 7.00 left"

  Scenario: a refund
    Given a wristband with 9.50 credit
    When a drink is bought
    And the credit is refunded
    Then the refund paid is 5.00
    And the wristband has 0.00 credit
    When the credit is refunded
    Then the refund is refused with "there is no credit to refund"

  Scenario: spent right down
    Given a wristband with 8.00 credit
    When a meal is bought
    Then the wristband has 0.00 credit
    When a drink is bought
    Then the sale is refused with "not enough credit: 0.00 left"
    When 20.00 is added to the wristband
    And a drink is bought
    Then the wristband has 15.50 credit
    When the credit is refunded
    Then the refund paid is 15.50
