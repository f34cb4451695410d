Feature: Overdraft fee
  At month end an overdrawn account pays 8% of the overdrawn amount, but at least 3 and at most 30; an account that is not overdrawn pays nothing.

  Scenario Outline: accounts that are not overdrawn
    Given the month ends with a balance of <balance>
    When the overdraft fee is charged
    Then the fee is <fee>

    Examples:
      | balance | fee |
      | 5       | 0   |

  Scenario Outline: overdrawn accounts
    Given the month ends with a balance of <balance>
    When the overdraft fee is charged
    Then the fee is <fee>

    Examples:
      | balance | fee |
      | -200    | 16  |
      | -20     | 3   |
      | -500    | 30  |
      | -300    | 24  |
