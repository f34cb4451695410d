Feature: Vending machine
  A "drink" costs 1.50 euros and a "snack" 1.20 euros. Coins go in first.
  Choosing an item the money does not cover is refused with the amount still
  missing, for example "insert 0.40 more". After a sale the machine gives back
  the rest as change and the credit starts again from 0.00.

  Scenario: exact money for a drink
    Given a vending machine with no money inserted
    When a 1.00 euro coin is inserted
    And a 0.50 euro coin is inserted
    And a "drink" is chosen
    Then the change given is 0.00 euros
    And the credit shown is 0.00 euros

  Scenario: change for a snack
    Given a vending machine with no money inserted
    When a 2.00 euro coin is inserted
    And a "snack" is chosen
    Then the change given is 0.80 euros

  Scenario: not enough money yet
    Given a vending machine with no money inserted
    When a 1.00 euro coin is inserted
    And a "drink" is chosen
    Then the choice is refused with "insert 0.50 more"
    And the credit shown is 1.00 euros
    When a 0.20 euro coin is inserted
    And a "snack" is chosen
    Then the change given is 0.00 euros

  Scenario: no money at all
    Given a vending machine with no money inserted
    When a "snack" is chosen
    Then the choice is refused with "insert 1.20 more"
    And the credit shown is 0.00 euros

  Scenario: small coins add up
    Given a vending machine with no money inserted
    When a 0.50 euro coin is inserted
    And a 0.50 euro coin is inserted
    And a 0.50 euro coin is inserted
    Then the credit shown is 1.50 euros
    When a "drink" is chosen
    Then the change given is 0.00 euros
