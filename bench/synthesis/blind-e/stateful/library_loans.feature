Feature: Library loans
  A member can have at most 3 books on loan at a time; borrowing another one is
  refused with "limit of 3 books reached". A book the member already has cannot be
  borrowed again ("already on loan"), and returning a book the member does not
  have is refused with "not on loan".

  Scenario: borrowing two books
    Given a member with no books on loan
    When "Emma" is borrowed
    And "Dracula" is borrowed
    Then the number of books on loan is 2
    And "Emma" is on loan: yes

  Scenario: returning a book
    Given the member has borrowed "Emma"
    And the member has borrowed "Dracula"
    When "Emma" is returned
    Then the number of books on loan is 1
    And "Emma" is on loan: no
    And "Dracula" is on loan: yes

  Scenario: the fourth book is refused
    Given the member has borrowed "Emma"
    And the member has borrowed "Dracula"
    And the member has borrowed "Ulysses"
    When "Beloved" is borrowed
    Then the loan is refused with "limit of 3 books reached"
    And the number of books on loan is 3
    And "Beloved" is on loan: no
    When "Emma" is returned
    And "Beloved" is borrowed
    Then the number of books on loan is 3
    And "Beloved" is on loan: yes

  Scenario: the same book twice
    Given the member has borrowed "Emma"
    When "Emma" is borrowed
    Then the loan is refused with "already on loan"
    And the number of books on loan is 1

  Scenario: returning a book that was never borrowed
    Given a member with no books on loan
    When "Dracula" is returned
    Then the return is refused with "not on loan"
    And the number of books on loan is 0
