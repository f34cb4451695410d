Feature: Pay-as-you-go phone credit
  Calls cost 0.12 euros a minute, and every started minute counts. A text
  message costs 0.08 euros. Nothing is allowed that the credit cannot pay for
  in full: it is refused with "not enough credit" and costs nothing.

  Scenario: a short call
    Given a phone with 10.00 euros of credit
    When a call of 3 minutes and 0 seconds is made
    Then the credit is 9.64 euros

  Scenario: a started minute counts
    Given a phone with 1.00 euros of credit
    When a call of 2 minutes and 1 seconds is made
    And a text message is sent
    Then the credit is 0.56 euros

  Scenario: a call the credit cannot cover
    Given a phone with 0.20 euros of credit
    When a call of 2 minutes and 0 seconds is made
    Then it is refused with "not enough credit"
    And the credit is 0.20 euros
    When a text message is sent
    Then the credit is 0.12 euros

  Scenario: topping up an empty phone
    Given a phone with 0.00 euros of credit
    When a text message is sent
    Then it is refused with "not enough credit"
    When 5.00 euros are topped up
    And a text message is sent
    Then the credit is 4.92 euros

  Scenario: the last cent
    Given a phone with 0.24 euros of credit
    When a call of 1 minutes and 59 seconds is made
    Then the credit is 0.00 euros
