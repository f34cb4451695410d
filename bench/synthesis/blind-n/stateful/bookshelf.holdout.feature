Feature: Bookshelf

  Scenario: three books
    Given an empty shelf
    When I put "Ulysses" on the shelf
    And I put "Beloved" on the shelf
    And I put "Dune" on the shelf
    Then the shelf reads "Ulysses, Beloved, Dune"
    And the shelf holds 3 books

  Scenario: taking the first
    Given an empty shelf
    When I put "Emma" on the shelf
    And I put "Dune" on the shelf
    And I take "Emma" off the shelf
    Then the shelf reads "Dune"
    And the shelf holds 1 book

  Scenario: a new book after a removal
    Given an empty shelf
    When I put "Beloved" on the shelf
    And I put "Emma" on the shelf
    And I take "Beloved" off the shelf
    And I put "Dune" on the shelf
    Then the shelf reads "Emma, Dune"
