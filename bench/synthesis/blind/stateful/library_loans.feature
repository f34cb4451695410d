Feature: Library loans
  A member may have at most 3 books out at once.

  Scenario: borrowing two books
    Given a member with no books on loan
    When the member borrows "Dune"
    And the member borrows "Emma"
    Then the member has 2 books on loan

  Scenario: bringing one back
    Given a member with no books on loan
    When the member borrows "Dune"
    And the member borrows "Emma"
    And the member returns "Dune"
    Then the member has 1 books on loan

  Scenario: a fourth book is refused
    Given a member with no books on loan
    When the member borrows "Dune"
    And the member borrows "Emma"
    And the member borrows "Ulysses"
    And the member borrows "Beloved"
    Then the loan is refused with "limit of 3 books reached"
    And the member has 3 books on loan

  Scenario: returning makes room again
    Given a member with no books on loan
    When the member borrows "Dune"
    And the member borrows "Emma"
    And the member borrows "Ulysses"
    And the member returns "Emma"
    And the member borrows "Beloved"
    Then the member has 3 books on loan
