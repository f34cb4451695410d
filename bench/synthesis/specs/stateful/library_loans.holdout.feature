Feature: Library loans
  A member may have at most 3 books on loan at once and cannot borrow a book they already have.

  Background:
    Given a member with no books on loan

  Scenario: a return makes room for one more
    When the member borrows "Ivanhoe"
    And the member borrows "Rebecca"
    And the member borrows "Frankenstein"
    And the member returns "Rebecca"
    And the member borrows "Dracula"
    And the member borrows "Walden"
    Then the loan is refused with "loan limit reached"
    And the member has 3 books on loan
    And "Rebecca" is on loan: no
    And "Dracula" is on loan: yes

  Scenario: borrowing a book again by mistake
    When the member borrows "Middlemarch"
    And the member borrows "Persuasion"
    And the member borrows "Middlemarch"
    Then the loan is refused with "Middlemarch is already on loan"
    And the member has 2 books on loan
