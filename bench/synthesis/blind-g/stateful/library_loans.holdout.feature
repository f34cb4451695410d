Feature: Library loans
  A member may have at most 3 books on loan. Borrowing a fourth is refused
  with "loan limit reached". Returning a book the member does not have on loan
  is refused with "not on loan".

  Scenario: returning twice
    Given a library member with no books on loan
    When the member borrows "Persuasion"
    And the member borrows "Beloved"
    And the member returns "Persuasion"
    And the member returns "Persuasion"
    Then it is refused with "not on loan"
    And the member has 1 books on loan
    And "Beloved" is on loan: yes

  Scenario: full, then room again
    Given a library member with no books on loan
    When the member borrows "Ivanhoe"
    And the member borrows "Rebecca"
    And the member borrows "Shirley"
    And the member borrows "Matilda"
    Then it is refused with "loan limit reached"
    When the member returns "Shirley"
    And the member borrows "Matilda"
    Then the member has 3 books on loan
    And "Matilda" is on loan: yes
    And "Shirley" is on loan: no
