Feature: Library loans
  A member may have at most 3 books out at once.

  Scenario: a busy reader
    Given a member with no books on loan
    When the member borrows "Middlemarch"
    And the member borrows "Persuasion"
    And the member borrows "Hamlet"
    And the member returns "Middlemarch"
    And the member returns "Persuasion"
    And the member borrows "Walden"
    And the member borrows "Candide"
    Then the member has 3 books on loan

  Scenario: the limit still holds after a return
    Given a member with no books on loan
    When the member borrows "Middlemarch"
    And the member borrows "Persuasion"
    And the member borrows "Hamlet"
    And the member returns "Hamlet"
    And the member borrows "Walden"
    And the member borrows "Candide"
    Then the loan is refused with "limit of 3 books reached"
    And the member has 3 books on loan

  Scenario: a new member
    Given a member with no books on loan
    Then the member has 0 books on loan
