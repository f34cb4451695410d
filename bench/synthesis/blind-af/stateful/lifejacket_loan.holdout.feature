Feature: Harbour lifejacket loan
  The harbour lends adult and child lifejackets from a rack, free of charge. Each borrower
  may hold one lifejacket at a time and hands it back at the end of the day. More
  lifejackets can be brought out from the store.

  Scenario: a lifejacket handed back is lent again
    Given the rack holds 3 adult and 2 child lifejackets
    When "Ivy" borrows a lifejacket in size "child"
    And "Jo" borrows a lifejacket in size "child"
    And "Jo" hands the lifejacket back
    And "Kai" borrows a lifejacket in size "child"
    And "Lee" borrows a lifejacket in size "child"
    Then the harbour master says "no child lifejackets left"
    And the lifejackets out on loan are 2

  Scenario: handing back before borrowing
    Given the rack holds 2 adult and 3 child lifejackets
    When "Mo" hands the lifejacket back
    Then the harbour master says "Mo has no lifejacket"
    When "Mo" borrows a lifejacket in size "adult"
    And "Mo" borrows a lifejacket in size "adult"
    Then the harbour master says "Mo already has a lifejacket"
    And the "adult" lifejackets on the rack are 1

  Scenario: child lifejackets from the store
    Given the rack holds 5 adult and 2 child lifejackets
    When 4 more "child" lifejackets are brought out
    And "Nia" borrows a lifejacket in size "child"
    Then the "child" lifejackets on the rack are 5
    And the lifejackets out on loan are 1
