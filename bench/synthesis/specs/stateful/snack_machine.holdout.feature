Feature: Snack machine
  Coins add to the credit; choosing a snack hands it out and takes its price from the credit, unless the credit is too low; what is left stays as credit until the coins are returned.

  Scenario: credit left over is not enough for a second snack
    Given the machine sells "water" for 1.00
    And the machine sells "crisps" for 1.50
    When 2.00 is inserted
    And "water" is chosen
    And "crisps" is chosen
    Then the machine says "not enough credit"
    And the credit is 1.00

  Scenario: two snacks from one coin
    Given the machine sells "gum" for 0.50
    When 1.00 is inserted
    And "gum" is chosen
    And "gum" is chosen
    Then the machine hands out "gum"
    And the credit is 0.00

  Scenario: returning coins after a purchase
    Given the machine sells "crisps" for 1.50
    When 2.00 is inserted
    And "crisps" is chosen
    And the coins are returned
    Then the credit is 0.00
