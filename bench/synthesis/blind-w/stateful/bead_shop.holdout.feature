Feature: Bead shop
  Each colour has its own shelf, which holds 20 tubes.

  Background:
    Given the shop has 12 tubes of "red" beads
    And the shop has 5 tubes of "gold" beads
    And the shop has 0 tubes of "jet" beads

  Scenario: a gold delivery and a big order
    When 7 tubes of "gold" are delivered
    And 9 tubes of "gold" are sold
    And 4 tubes of "gold" are sold
    Then the till says "only 3 tubes of gold in stock"
    And the shop has 3 tubes of "gold" beads
    And the shop has 12 tubes of "red" beads

  Scenario: red sold out, jet overfilled
    When 12 tubes of "red" are sold
    And 3 tubes of "red" are sold
    Then the till says "no red beads in stock"
    When 5 tubes of "jet" are delivered
    And 18 tubes of "jet" are delivered
    Then the till says "the jet shelf has room for only 15 tubes"
    And the shop has 5 tubes of "jet" beads
    And the shop has 0 tubes of "red" beads

  Scenario: a full gold shelf
    When 15 tubes of "gold" are delivered
    And 2 tubes of "gold" are delivered
    Then the till says "the gold shelf is full"
    When 4 tubes of "white" are delivered
    Then the till says "we do not sell white beads"
    And the shop has 20 tubes of "gold" beads
