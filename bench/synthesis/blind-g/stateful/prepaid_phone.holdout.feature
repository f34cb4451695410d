Feature: Pay-as-you-go phone credit
  Calls cost 0.12 euros a minute, and every started minute counts. A text
  message costs 0.08 euros. Nothing is allowed that the credit cannot pay for
  in full: it is refused with "not enough credit" and costs nothing.

  Scenario: a long call and some texts
    Given a phone with 2.00 euros of credit
    When a call of 10 minutes and 30 seconds is made
    And a text message is sent
    And a text message is sent
    Then the credit is 0.52 euros
    When a call of 5 minutes and 0 seconds is made
    Then it is refused with "not enough credit"
    And the credit is 0.52 euros

  Scenario: under a minute
    Given a phone with 0.10 euros of credit
    When a call of 0 minutes and 45 seconds is made
    Then it is refused with "not enough credit"
    When a text message is sent
    And 1.00 euros are topped up
    And a call of 0 minutes and 45 seconds is made
    Then the credit is 0.90 euros
