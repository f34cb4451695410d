Feature: Harbour lifejacket loan
  The harbour lends adult and child lifejackets from a rack, free of charge. Each borrower
  may hold one lifejacket at a time and hands it back at the end of the day. More
  lifejackets can be brought out from the store.

  Scenario: the child lifejackets run out
    Given the rack holds 3 adult and 2 child lifejackets
    When "Ana" borrows a lifejacket in size "child"
    And "Ben" borrows a lifejacket in size "child"
    And "Cy" borrows a lifejacket in size "child"
    Then the harbour master says "no child lifejackets left"
    And the "adult" lifejackets on the rack are 3
    And the "child" lifejackets on the rack are 0

  Scenario: one lifejacket at a time
    Given the rack holds 2 adult and 2 child lifejackets
    When "Dee" borrows a lifejacket in size "adult"
    And "Dee" borrows a lifejacket in size "child"
    Then the harbour master says "Dee already has a lifejacket"
    When "Dee" hands the lifejacket back
    And "Dee" borrows a lifejacket in size "child"
    Then the "adult" lifejackets on the rack are 2
    And the "child" lifejackets on the rack are 1

  Scenario: nothing to hand back
    Given the rack holds 4 adult and 3 child lifejackets
    When "Eli" hands the lifejacket back
    Then the harbour master says "Eli has no lifejacket"
    When 2 more "adult" lifejackets are brought out
    And "Eli" borrows a lifejacket in size "adult"
    Then the "adult" lifejackets on the rack are 5

  Scenario: more adult lifejackets from the store
    Given the rack holds 2 adult and 5 child lifejackets
    When "Fay" borrows a lifejacket in size "adult"
    And "Gus" borrows a lifejacket in size "adult"
    And "Hal" borrows a lifejacket in size "adult"
    Then the harbour master says "no adult lifejackets left"
    When 3 more "adult" lifejackets are brought out
    And "Hal" borrows a lifejacket in size "adult"
    Then the "adult" lifejackets on the rack are 2
    And the lifejackets out on loan are 3
