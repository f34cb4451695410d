Feature: discounts for larger baskets
  Five items or more take 5% off the total, ten or more 10%.

  Scenario: five items take five percent off
    Given an empty basket
    When I add 5 pears at 2 each
    Then the total is 9.5

  Scenario: ten items take ten percent off
    Given an empty basket
    When I add 10 pears at 2 each
    Then the total is 18
