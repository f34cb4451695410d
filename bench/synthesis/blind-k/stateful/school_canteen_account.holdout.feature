Feature: School canteen accounts
  Parents top up their child's canteen account. A hot lunch costs 2.45 and a sandwich
  costs 1.90. A purchase the balance cannot cover is refused with "not enough money" and
  the balance stays as it was.

  Scenario: a week of hot lunches
    Given Priya has 7.35 in her account
    When Priya buys a hot lunch
    And Priya buys a hot lunch
    And Priya buys a hot lunch
    Then Priya has 0.00 left
    When Priya buys a sandwich
    Then the purchase is refused with "not enough money"

  Scenario: starting from nothing
    Given Jack has 0.00 in his account
    When a parent tops up Jack's account with 2.00
    And Jack buys a sandwich
    Then Jack has 0.10 left

  Scenario: a sandwich and a lunch
    Given Noor has 4.35 in her account
    And Ravi has 1.85 in his account
    When Noor buys a sandwich
    And Ravi buys a sandwich
    Then the purchase is refused with "not enough money"
    When Noor buys a hot lunch
    Then Noor has 0.00 left
    And Ravi has 1.85 left
