Feature: School canteen accounts
  Parents top up their child's canteen account. A hot lunch costs 2.45 and a sandwich
  costs 1.90. A purchase the balance cannot cover is refused with "not enough money" and
  the balance stays as it was.

  Scenario: a hot lunch
    Given Maria has 5.00 in her account
    When Maria buys a hot lunch
    Then Maria has 2.55 left

  Scenario: running low
    Given Tom has 4.00 in his account
    When Tom buys a sandwich
    And Tom buys a sandwich
    Then Tom has 0.20 left
    When Tom buys a sandwich
    Then the purchase is refused with "not enough money"
    And Tom has 0.20 left

  Scenario: exactly enough
    Given Aisha has 2.45 in her account
    When Aisha buys a hot lunch
    Then Aisha has 0.00 left

  Scenario: a top-up after a refusal
    Given Leo has 1.00 in his account
    When Leo buys a hot lunch
    Then the purchase is refused with "not enough money"
    When a parent tops up Leo's account with 10.00
    And Leo buys a hot lunch
    Then Leo has 8.55 left

  Scenario: each child pays from their own account
    Given Maria has 3.00 in her account
    And Sam has 0.50 in his account
    When Sam buys a sandwich
    Then the purchase is refused with "not enough money"
    And Maria has 3.00 left
    And Sam has 0.50 left
