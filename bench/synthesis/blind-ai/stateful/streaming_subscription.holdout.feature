Feature: Streaming subscription
  Each month the price of the plan is charged: "Basic" 5.99, "Standard"
  10.99 or "Premium" 17.99. A change of plan counts from the next charge. A
  charge that fails is added to what is owed, and three failed charges in a
  row put the account on hold: then nothing can be watched, the plan cannot
  be changed and no charge is taken. A charge that goes through ends a run
  of failures but does not pay off what is owed. The customer can pay off
  what is owed, in part or in full but never more; once nothing is owed,
  any run of failures ends and an account on hold is active again.

  Scenario: back from a hold in one payment
    Given an active "Premium" account with nothing owed
    When the monthly charge fails
    And the monthly charge fails
    And the monthly charge fails
    And the customer pays 53.97
    And the monthly charge goes through
    And a film is started
    Then the account is "active"
    And the amount owed is 0.00
    And the films started are 1

  Scenario: paying off ends the run of failures
    Given an active "Basic" account with nothing owed
    When the monthly charge fails
    And the customer pays 5.99
    And the monthly charge fails
    And the monthly charge fails
    Then the amount owed is 11.98
    And the account is "active"
    When a film is started
    Then the films started are 1

  Scenario: a cheaper plan and still on hold
    Given an active "Standard" account with nothing owed
    When the customer switches to "Basic"
    And the monthly charge fails
    And the monthly charge fails
    And the monthly charge fails
    And the customer pays 20.00
    Then the account page shows "only 17.97 is owed"
    When a film is started
    Then the account page shows "the account is on hold"
    And the amount owed is 17.97
