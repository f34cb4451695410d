Feature: Share dealing account
  Shares are bought and sold from the cash in the account, with a 6.00 dealing fee on every trade.
  A purchase needs the price of the shares plus the fee in cash; a sale pays in the price less the
  fee.

  Scenario: two purchases and one sale
    Given the account holds 250.00 in cash
    When 15 "CORE" shares are bought at 6.00
    And 10 "CORE" shares are bought at 5.50
    And 25 "CORE" shares are sold at 7.00
    Then the cash is 262.00
    And the "CORE" shares held are 0

  Scenario: short of cash twice
    Given the account holds 60.00 in cash
    When 20 "ACME" shares are bought at 2.80
    Then the broker turns it down with "that needs 62.00 but only 60.00 is in cash"
    When 40.00 is paid in
    And 20 "ACME" shares are bought at 2.80
    And 50.00 is withdrawn
    Then the broker turns it down with "only 38.00 is in cash"
    And the cash is 38.00
    And the "ACME" shares held are 20

  Scenario: selling part of a holding
    Given the account holds 400.00 in cash
    When 30 "BETA" shares are bought at 3.00
    And 35 "BETA" shares are sold at 3.50
    Then the broker turns it down with "only 30 BETA shares are held"
    When 18 "BETA" shares are sold at 3.50
    And 100.00 is withdrawn
    Then the cash is 261.00
    And the "BETA" shares held are 12
