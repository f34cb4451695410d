Feature: Share dealing account
  Shares are bought and sold from the cash in the account, with a 6.00 dealing fee on every trade.
  A purchase needs the price of the shares plus the fee in cash; a sale pays in the price less the
  fee.

  Scenario: a first purchase
    Given the account holds 500.00 in cash
    When 20 "ACME" shares are bought at 4.50
    Then the cash is 404.00
    And the "ACME" shares held are 20

  Scenario: buying, selling and withdrawing
    Given the account holds 300.00 in cash
    When 50 "BETA" shares are bought at 2.10
    And 30 "BETA" shares are sold at 2.40
    Then the cash is 255.00
    And the "BETA" shares held are 20
    When 55.00 is withdrawn
    Then the cash is 200.00

  Scenario: not enough cash for the fee
    Given the account holds 100.00 in cash
    When 40 "ACME" shares are bought at 2.50
    Then the broker turns it down with "that needs 106.00 but only 100.00 is in cash"
    When 25.00 is paid in
    And 40 "ACME" shares are bought at 2.50
    Then the cash is 19.00
    And the "ACME" shares held are 40

  Scenario: selling more than is held
    Given the account holds 200.00 in cash
    When 10 "BETA" shares are bought at 8.00
    And 12 "BETA" shares are sold at 9.00
    Then the broker turns it down with "only 10 BETA shares are held"
    And the cash is 114.00
    When 10 "BETA" shares are sold at 9.00
    Then the cash is 198.00
    And the "BETA" shares held are 0

  Scenario: withdrawing cash
    Given the account holds 75.00 in cash
    When 80.00 is withdrawn
    Then the broker turns it down with "only 75.00 is in cash"
    When 60.00 is paid in
    And 120.00 is withdrawn
    Then the cash is 15.00
