Feature: Library loans
  A member can have at most 3 books on loan at a time; borrowing another one is
  refused with "limit of 3 books reached". A book the member already has cannot be
  borrowed again ("already on loan"), and returning a book the member does not
  have is refused with "not on loan".

  Scenario: a book returned twice
    Given a member with no books on loan
    When "Persuasion" is borrowed
    And "Middlemarch" is borrowed
    And "Persuasion" is returned
    And "Persuasion" is returned
    Then the return is refused with "not on loan"
    And the number of books on loan is 1
    And "Middlemarch" is on loan: yes

  Scenario: making room for another book
    Given the member has borrowed "Rebecca"
    When "Hamlet" is borrowed
    And "Walden" is borrowed
    And "Ivanhoe" is borrowed
    Then the loan is refused with "limit of 3 books reached"
    When "Rebecca" is returned
    And "Ivanhoe" is borrowed
    Then the number of books on loan is 3
    And "Rebecca" is on loan: no
    And "Ivanhoe" is on loan: yes

  Scenario: borrowing a book again after returning it
    Given the member has borrowed "Hamlet"
    When "Hamlet" is returned
    And "Hamlet" is borrowed
    Then the number of books on loan is 1
    And "Hamlet" is on loan: yes
