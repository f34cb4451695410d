Feature: Newspaper delivery bill
  The newsagent delivers a paper every day and adds it to the bill: 1.60 on a weekday,
  2.80 on a Saturday and 3.50 on a Sunday. While deliveries are stopped for a holiday
  nothing is delivered or charged. A payment can not be more than the bill.

  Scenario: paying after three days
    Given the bill stands at 7.50
    When 3 weekdays pass
    Then the bill stands at 12.30
    When the customer pays 12.30
    And a Saturday passes
    Then the bill stands at 2.80

  Scenario: a Sunday away
    Given the bill stands at 0.00
    When a Sunday passes
    And deliveries are stopped for a holiday
    And a Sunday passes
    Then the bill stands at 3.50
    When the customer pays 4.00
    Then the newsagent says "the bill is only 3.50"
    When deliveries start again
    And 6 weekdays pass
    Then the bill stands at 13.10
    And deliveries are "on"

  Scenario: a stop already in place
    Given the bill stands at 1.60
    When deliveries start again
    Then the newsagent says "deliveries are not stopped"
    When deliveries are stopped for a holiday
    And 2 weekdays pass
    And deliveries are stopped for a holiday
    Then the newsagent says "deliveries are already stopped"
    And the bill stands at 1.60
    When the customer pays 1.60
    Then the bill stands at 0.00
    And deliveries are "stopped"
