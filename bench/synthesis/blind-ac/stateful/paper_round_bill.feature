Feature: Newspaper delivery bill
  The newsagent delivers a paper every day and adds it to the bill: 1.60 on a weekday,
  2.80 on a Saturday and 3.50 on a Sunday. While deliveries are stopped for a holiday
  nothing is delivered or charged. A payment can not be more than the bill.

  Scenario: a full week
    Given the bill stands at 0.00
    When 5 weekdays pass
    And a Saturday passes
    And a Sunday passes
    Then the bill stands at 14.30
    And deliveries are "on"

  Scenario: paying off the bill
    Given the bill stands at 14.30
    When the customer pays 10.00
    Then the bill stands at 4.30
    When the customer pays 5.00
    Then the newsagent says "the bill is only 4.30"
    And the bill stands at 4.30
    When the customer pays 4.30
    Then the bill stands at 0.00

  Scenario: away on holiday
    Given the bill stands at 2.00
    When deliveries are stopped for a holiday
    And 4 weekdays pass
    And a Saturday passes
    Then the bill stands at 2.00
    And deliveries are "stopped"
    When deliveries start again
    And a Sunday passes
    Then the bill stands at 5.50
    And deliveries are "on"

  Scenario: stopping twice
    Given the bill stands at 0.00
    When deliveries are stopped for a holiday
    And deliveries are stopped for a holiday
    Then the newsagent says "deliveries are already stopped"
    When deliveries start again
    And deliveries start again
    Then the newsagent says "deliveries are not stopped"
    When 2 weekdays pass
    Then the bill stands at 3.20
    When the customer pays 2.00
    Then the bill stands at 1.20
