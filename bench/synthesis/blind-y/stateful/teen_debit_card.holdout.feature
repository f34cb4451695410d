Feature: Teen debit card
  Parents top the card up. A single purchase can be at most 20.00, and no more than 50.00
  can be spent in a week; the weekly total starts again each new week.

  Scenario: just over the single limit
    Given the card has 45.00 on it
    When a purchase of 19.99 is made
    And a purchase of 20.01 is made
    Then the card is declined with "that is over the 20.00 limit for one purchase"
    When a purchase of 20.00 is made
    Then the balance is 5.01
    And 10.01 can still be spent this week

  Scenario: waiting for the new week
    Given the card has 200.00 on it
    When a purchase of 18.00 is made
    And a purchase of 18.00 is made
    And a purchase of 16.00 is made
    Then the card is declined with "only 14.00 left to spend this week"
    When a new week starts
    And a purchase of 16.00 is made
    Then the balance is 148.00
    And 34.00 can still be spent this week

  Scenario: starting from nothing
    Given the card has 0.00 on it
    When a purchase of 3.50 is made
    Then the card is declined with "not enough money on the card"
    When the parent tops up 40.00
    And a purchase of 3.50 is made
    And a purchase of 19.00 is made
    Then the balance is 17.50
    And 27.50 can still be spent this week
