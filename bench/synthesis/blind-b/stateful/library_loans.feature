Feature: Library loans
  A member may have at most 3 books out at a time.
  A book that is out cannot be lent to anyone else until it is returned.

  Scenario: borrowing a book
    Given "Ana" has no books on loan
    When "Ana" borrows "Emma"
    Then the loan count of "Ana" is 1

  Scenario: the loan limit
    Given "Ana" has borrowed "Emma"
    And "Ana" has borrowed "Dune"
    And "Ana" has borrowed "Ulysses"
    When "Ana" borrows "Beloved"
    Then the librarian says "limit reached"
    And the loan count of "Ana" is 3

  Scenario: returning a book
    Given "Ana" has borrowed "Emma"
    When "Ana" returns "Emma"
    Then the loan count of "Ana" is 0

  Scenario: a book that is already out
    Given "Ben" has borrowed "Dune"
    And "Ana" has no books on loan
    When "Ana" borrows "Dune"
    Then the librarian says "already on loan"
    And the loan count of "Ana" is 0

  Scenario: members are counted separately
    Given "Ana" has borrowed "Emma"
    And "Ben" has no books on loan
    When "Ben" borrows "Dune"
    Then the loan count of "Ben" is 1
    And the loan count of "Ana" is 1
