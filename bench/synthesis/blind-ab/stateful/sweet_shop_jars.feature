Feature: Sweet shop jars
  Sweets are sold by weight from the jars. A jar holds 2000 g when it is full, and a top-up
  that would overfill it is not made.

  Scenario: selling from a jar
    Given the "cola bottles" jar holds 500 g
    When 100 g of "cola bottles" is sold
    And 150 g of "cola bottles" is sold
    Then the "cola bottles" jar holds 250 g

  Scenario: not enough left
    Given the "fudge" jar holds 80 g
    When 100 g of "fudge" is sold
    Then the till says "only 80 g of fudge left"
    And the "fudge" jar holds 80 g
    When 80 g of "fudge" is sold
    Then the "fudge" jar holds 0 g

  Scenario: a jar the shop does not have
    Given the "cola bottles" jar holds 500 g
    And the "sherbet lemons" jar holds 1200 g
    When 200 g of "sherbet lemons" is sold
    And 50 g of "mint humbugs" is sold
    Then the till says "there is no jar of mint humbugs"
    And the "sherbet lemons" jar holds 1000 g
    And the "cola bottles" jar holds 500 g

  Scenario: topping up
    Given the "fudge" jar holds 1500 g
    When the "fudge" jar is topped up with 400 g
    Then the "fudge" jar holds 1900 g
    When the "fudge" jar is topped up with 200 g
    Then the till says "that would overfill the jar"
    And the "fudge" jar holds 1900 g

  Scenario: filled to the top then sold from
    Given the "pear drops" jar holds 300 g
    When the "pear drops" jar is topped up with 1700 g
    And 250 g of "pear drops" is sold
    Then the "pear drops" jar holds 1750 g
