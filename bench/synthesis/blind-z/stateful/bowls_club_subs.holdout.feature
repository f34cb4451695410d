Feature: Bowls club subscriptions
  The subscription for the year is 60.00. Members can pay it in parts, but a payment cannot be
  more than they still owe. New members join owing the full amount.

  Scenario: all at once
    Given Rita has paid 0.00 of this year's subscription
    When Rita pays 60.00
    Then Rita has paid in full
    When Rita pays 10.00
    Then the treasurer says "Rita has already paid in full"

  Scenario: overpaying and a stranger
    Given Stan has paid 35.00 of this year's subscription
    When Stan pays 30.00
    Then the treasurer says "Stan only owes 25.00"
    When Stan pays 12.50
    Then Stan still owes 12.50
    When Tess pays 5.00
    Then the treasurer says "Tess is not a member"

  Scenario: joining part way through the year
    Given Una has paid 50.00 of this year's subscription
    When Vic joins the club
    And Vic pays 40.00
    Then Vic still owes 20.00
    When Una joins the club
    Then the treasurer says "Una is already a member"
    And Una still owes 10.00
