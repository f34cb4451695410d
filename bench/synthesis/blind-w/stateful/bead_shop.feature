Feature: Bead shop
  Each colour has its own shelf, which holds 20 tubes.

  Background:
    Given the shop has 12 tubes of "red" beads
    And the shop has 5 tubes of "gold" beads
    And the shop has 0 tubes of "jet" beads

  Scenario: a couple of sales
    When 4 tubes of "red" are sold
    And 3 tubes of "gold" are sold
    Then the shop has 8 tubes of "red" beads
    And the shop has 2 tubes of "gold" beads

  Scenario: asking for more than is there
    When 6 tubes of "gold" are sold
    Then the till says "only 5 tubes of gold in stock"
    When 2 tubes of "jet" are sold
    Then the till says "no jet beads in stock"
    When 6 tubes of "jet" are delivered
    And 15 tubes of "red" are sold
    Then the till says "only 12 tubes of red in stock"
    And the shop has 6 tubes of "jet" beads
    And the shop has 12 tubes of "red" beads

  Scenario: filling the red shelf
    When 10 tubes of "red" are delivered
    Then the till says "the red shelf has room for only 8 tubes"
    When 8 tubes of "red" are delivered
    And 3 tubes of "red" are delivered
    Then the till says "the red shelf is full"
    And the shop has 20 tubes of "red" beads

  Scenario: gold sold out and restocked
    When 5 tubes of "gold" are sold
    And 2 tubes of "gold" are sold
    Then the till says "no gold beads in stock"
    When 16 tubes of "gold" are delivered
    And 6 tubes of "gold" are delivered
    Then the till says "the gold shelf has room for only 4 tubes"
    When 12 tubes of "jet" are delivered
    Then the shop has 16 tubes of "gold" beads
    And the shop has 12 tubes of "jet" beads

  Scenario: colours we do not carry
    When 2 tubes of "green" are sold
    Then the till says "we do not sell green beads"
    When 3 tubes of "blue" are delivered
    Then the till says "we do not sell blue beads"
    When 20 tubes of "jet" are delivered
    And 2 tubes of "jet" are delivered
    Then the till says "the jet shelf is full"
    And the shop has 20 tubes of "jet" beads
