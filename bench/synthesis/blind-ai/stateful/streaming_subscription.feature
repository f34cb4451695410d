Feature: Streaming subscription
  Each month the price of the plan is charged: "Basic" 5.99, "Standard"
  10.99 or "Premium" 17.99. A change of plan counts from the next charge. A
  charge that fails is added to what is owed, and three failed charges in a
  row put the account on hold: then nothing can be watched, the plan cannot
  be changed and no charge is taken. A charge that goes through ends a run
  of failures but does not pay off what is owed. The customer can pay off
  what is owed, in part or in full but never more; once nothing is owed,
  any run of failures ends and an account on hold is active again.

  Scenario: failed charges put the account on hold
    Given an active "Standard" account with nothing owed
    When the monthly charge fails
    And the monthly charge fails
    Then the amount owed is 21.98
    And the account is "active"
    When the monthly charge fails
    Then the account is "on hold"
    And the amount owed is 32.97
    When a film is started
    Then the account page shows "the account is on hold"

  Scenario: paying off what is owed lifts the hold
    Given an active "Basic" account with nothing owed
    When the monthly charge fails
    And the monthly charge fails
    And the monthly charge fails
    And the customer pays 10.00
    Then the amount owed is 7.97
    And the account is "on hold"
    When the monthly charge goes through
    Then the account page shows "the account is on hold"
    When the customer pays 7.97
    And a film is started
    Then the account is "active"
    And the amount owed is 0.00
    And the films started are 1

  Scenario: a good month ends a run of failures
    Given an active "Premium" account with nothing owed
    When the monthly charge fails
    And the monthly charge fails
    And the monthly charge goes through
    And the monthly charge fails
    Then the amount owed is 53.97
    And the account is "active"
    When a film is started
    And a film is started
    Then the films started are 2

  Scenario: paying more than is owed
    Given an active "Standard" account with nothing owed
    When the customer pays 5.00
    Then the account page shows "nothing is owed"
    When the monthly charge fails
    And the customer pays 12.00
    Then the account page shows "only 10.99 is owed"
    When the customer pays 10.99
    Then the amount owed is 0.00

  Scenario: switching plans
    Given an active "Basic" account with nothing owed
    When the customer switches to "Premium"
    And the monthly charge fails
    Then the amount owed is 17.99
    When the customer switches to "Basic"
    And the monthly charge fails
    And the monthly charge fails
    Then the amount owed is 29.97
    And the account is "on hold"
    When the customer switches to "Premium"
    Then the account page shows "the account is on hold"
