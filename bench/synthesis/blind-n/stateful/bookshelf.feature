Feature: Bookshelf

  Scenario: two books
    Given an empty shelf
    When I put "Dune" on the shelf
    And I put "Emma" on the shelf
    Then the shelf reads "Dune, Emma"
    And the shelf holds 2 books

  Scenario: taking one from the middle
    Given an empty shelf
    When I put "Dune" on the shelf
    And I put "Emma" on the shelf
    And I put "Ulysses" on the shelf
    And I take "Emma" off the shelf
    Then the shelf reads "Dune, Ulysses"

  Scenario: back to empty
    Given an empty shelf
    When I put "Emma" on the shelf
    And I take "Emma" off the shelf
    Then the shelf holds 0 books

  Scenario: a single book
    Given an empty shelf
    When I put "Beloved" on the shelf
    Then the shelf holds 1 book
    And the shelf reads "Beloved"
