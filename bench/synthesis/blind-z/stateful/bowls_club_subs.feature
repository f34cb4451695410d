Feature: Bowls club subscriptions
  The subscription for the year is 60.00. Members can pay it in parts, but a payment cannot be
  more than they still owe. New members join owing the full amount.

  Scenario: paying in two parts
    Given Jean has paid 0.00 of this year's subscription
    When Jean pays 20.00
    And Jean pays 25.00
    Then Jean still owes 15.00

  Scenario: paying off the rest
    Given Jean has paid 45.00 of this year's subscription
    When Jean pays 20.00
    Then the treasurer says "Jean only owes 15.00"
    When Jean pays 15.00
    Then Jean has paid in full
    When Jean pays 5.00
    Then the treasurer says "Jean has already paid in full"

  Scenario: a new member
    Given Jean has paid 10.00 of this year's subscription
    When Ken pays 20.00
    Then the treasurer says "Ken is not a member"
    When Ken joins the club
    Then Ken still owes 60.00
    When Jean joins the club
    Then the treasurer says "Jean is already a member"
    And Jean still owes 50.00

  Scenario: everyone paid up
    Given Jean has paid 60.00 of this year's subscription
    And Ken has paid 12.50 of this year's subscription
    When Ken pays 47.50
    Then Ken has paid in full
    And Jean has paid in full
