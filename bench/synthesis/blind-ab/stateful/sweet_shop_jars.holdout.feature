Feature: Sweet shop jars
  Sweets are sold by weight from the jars. A jar holds 2000 g when it is full, and a top-up
  that would overfill it is not made.

  Scenario: two jars on a Saturday
    Given the "fudge" jar holds 600 g
    And the "pear drops" jar holds 900 g
    When 250 g of "fudge" is sold
    And 300 g of "pear drops" is sold
    And the "fudge" jar is topped up with 1000 g
    Then the "fudge" jar holds 1350 g
    And the "pear drops" jar holds 600 g

  Scenario: nearly empty then full
    Given the "cola bottles" jar holds 40 g
    When 50 g of "cola bottles" is sold
    Then the till says "only 40 g of cola bottles left"
    When the "cola bottles" jar is topped up with 1960 g
    Then the "cola bottles" jar holds 2000 g
    When the "cola bottles" jar is topped up with 100 g
    Then the till says "that would overfill the jar"

  Scenario: the last of the sherbet lemons
    Given the "sherbet lemons" jar holds 700 g
    When 100 g of "fudge" is sold
    Then the till says "there is no jar of fudge"
    When 700 g of "sherbet lemons" is sold
    Then the "sherbet lemons" jar holds 0 g
