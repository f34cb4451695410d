Feature: Library loans
  A member may have at most 3 books on loan at once and cannot borrow a book they already have.

  Background:
    Given a member with no books on loan

  Scenario: borrowing books
    When the member borrows "Dune"
    And the member borrows "Emma"
    Then the member has 2 books on loan
    And "Dune" is on loan: yes

  Scenario: returning a book
    When the member borrows "Dune"
    And the member returns "Dune"
    Then the member has 0 books on loan
    And "Dune" is on loan: no

  Scenario: the loan limit
    When the member borrows "Dune"
    And the member borrows "Emma"
    And the member borrows "Ulysses"
    And the member borrows "Beloved"
    Then the loan is refused with "loan limit reached"
    And the member has 3 books on loan
    And "Beloved" is on loan: no

  Scenario: the same book twice
    When the member borrows "Dune"
    And the member borrows "Dune"
    Then the loan is refused with "Dune is already on loan"
    And the member has 1 books on loan
