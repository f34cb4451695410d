Feature: Teen debit card
  Parents top the card up. A single purchase can be at most 20.00, and no more than 50.00
  can be spent in a week; the weekly total starts again each new week.

  Scenario: two small purchases
    Given the card has 60.00 on it
    When a purchase of 12.50 is made
    And a purchase of 7.99 is made
    Then the balance is 39.51
    And 29.51 can still be spent this week

  Scenario: too much in one go
    Given the card has 80.00 on it
    When a purchase of 25.00 is made
    Then the card is declined with "that is over the 20.00 limit for one purchase"
    And the balance is 80.00
    When a purchase of 20.00 is made
    Then the balance is 60.00

  Scenario: reaching the weekly limit
    Given the card has 100.00 on it
    When a purchase of 20.00 is made
    And a purchase of 20.00 is made
    And a purchase of 15.00 is made
    Then the card is declined with "only 10.00 left to spend this week"
    When a purchase of 10.00 is made
    Then the balance is 50.00
    And 0.00 can still be spent this week
    When a new week starts
    Then 50.00 can still be spent this week

  Scenario: topping up
    Given the card has 5.00 on it
    When a purchase of 8.00 is made
    Then the card is declined with "not enough money on the card"
    When the parent tops up 15.00
    And a purchase of 8.00 is made
    Then the balance is 12.00

  Scenario: an empty card over the weekend
    Given the card has 30.00 on it
    When a purchase of 18.00 is made
    And a purchase of 12.00 is made
    Then the balance is 0.00
    When a purchase of 5.00 is made
    Then the card is declined with "not enough money on the card"
    When the parent tops up 25.00
    And a new week starts
    And a purchase of 20.00 is made
    Then the balance is 5.00
    And 30.00 can still be spent this week
