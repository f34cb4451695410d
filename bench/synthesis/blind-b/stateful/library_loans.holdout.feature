Feature: Library loans
  A member may have at most 3 books out at a time.
  A book that is out cannot be lent to anyone else until it is returned.

  Scenario: a return makes room
    Given "Cleo" has borrowed "Persuasion"
    And "Cleo" has borrowed "Middlemarch"
    And "Cleo" has borrowed "Rebecca"
    When "Cleo" returns "Middlemarch"
    And "Cleo" borrows "Jane Eyre"
    Then the loan count of "Cleo" is 3

  Scenario: a returned book can go to someone else
    Given "Ben" has borrowed "Dune"
    And "Ana" has no books on loan
    When "Ben" returns "Dune"
    And "Ana" borrows "Dune"
    Then the loan count of "Ana" is 1
    And the loan count of "Ben" is 0

  Scenario: a fourth book in one visit
    Given "Dev" has no books on loan
    When "Dev" borrows "Kim"
    And "Dev" borrows "Dracula"
    And "Dev" borrows "Walden"
    And "Dev" borrows "Ivanhoe"
    Then the librarian says "limit reached"
    And the loan count of "Dev" is 3
