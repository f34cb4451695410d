Feature: Overdraft fee
  At month end an overdrawn account pays 8% of the overdrawn amount, but at least 3 and at most 30; an account that is not overdrawn pays nothing.

  Scenario Outline: accounts that are not overdrawn
    Given the month ends with a balance of <balance>
    When the overdraft fee is charged
    Then the fee is <fee>

    Examples:
      | balance | fee |
      | 100     | 0   |
      | 0       | 0   |
      | 2500.75 | 0   |

  Scenario Outline: overdrawn accounts
    Given the month ends with a balance of <balance>
    When the overdraft fee is charged
    Then the fee is <fee>

    Examples:
      | balance | fee |
      | -10     | 3   |
      | -37.5   | 3   |
      | -50     | 4   |
      | -100    | 8   |
      | -375    | 30  |
      | -1000   | 30  |
