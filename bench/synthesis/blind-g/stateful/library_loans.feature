Feature: Library loans
  A member may have at most 3 books on loan. Borrowing a fourth is refused
  with "loan limit reached". Returning a book the member does not have on loan
  is refused with "not on loan".

  Scenario: borrowing a book
    Given a library member with no books on loan
    When the member borrows "Emma"
    Then the member has 1 books on loan
    And "Emma" is on loan: yes

  Scenario: the fourth book
    Given a library member with no books on loan
    When the member borrows "Dracula"
    And the member borrows "Middlemarch"
    And the member borrows "Walden"
    Then the member has 3 books on loan
    When the member borrows "Kidnapped"
    Then it is refused with "loan limit reached"
    And the member has 3 books on loan
    And "Kidnapped" is on loan: no

  Scenario: returning a book
    Given a library member with no books on loan
    When the member borrows "Dune"
    And the member returns "Dune"
    Then the member has 0 books on loan
    And "Dune" is on loan: no

  Scenario: returning a book that was never borrowed
    Given a library member with no books on loan
    When the member returns "Ulysses"
    Then it is refused with "not on loan"
    And the member has 0 books on loan

  Scenario: a return makes room
    Given a library member with no books on loan
    When the member borrows "Hamlet"
    And the member borrows "Beowulf"
    And the member borrows "Candide"
    And the member returns "Beowulf"
    And the member borrows "Lolita"
    Then the member has 3 books on loan
    And "Beowulf" is on loan: no
    And "Lolita" is on loan: yes
