Feature: Snack machine
  Coins add to the credit; choosing a snack hands it out and takes its price from the credit, unless the credit is too low; what is left stays as credit until the coins are returned.

  Scenario: paying the exact price
    Given the machine sells "water" for 1.00
    When 1.00 is inserted
    And "water" is chosen
    Then the machine hands out "water"
    And the credit is 0.00

  Scenario: what is left stays as credit
    Given the machine sells "crisps" for 1.50
    When 1.00 is inserted
    And 1.00 is inserted
    And "crisps" is chosen
    Then the machine hands out "crisps"
    And the credit is 0.50

  Scenario: not enough credit
    Given the machine sells "chocolate" for 2.00
    When 0.50 is inserted
    And "chocolate" is chosen
    Then the machine says "not enough credit"
    And the credit is 0.50

  Scenario: getting the coins back
    Given the machine sells "water" for 1.00
    When 2.00 is inserted
    And the coins are returned
    Then the credit is 0.00
