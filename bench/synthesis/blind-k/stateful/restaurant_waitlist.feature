Feature: Restaurant waiting list
  Parties join the waiting list with their size. When a table frees up, it goes to the
  first party on the list that fits at it; a party fits if it is not larger than the
  table. If no party fits, the seating is refused with "no party fits" and the list
  stays as it is. A party already on the list cannot join again: "already on the list".

  Scenario: first come, first seated
    Given the waiting list is empty
    When the "Garcia" party of 4 joins the list
    And the "Chen" party of 2 joins the list
    And a table for 4 frees up
    Then the "Garcia" party gets the table
    And the waiting list is "Chen (2)"

  Scenario: a small table skips a big party
    Given the waiting list is empty
    When the "Garcia" party of 4 joins the list
    And the "Chen" party of 2 joins the list
    And a table for 2 frees up
    Then the "Chen" party gets the table
    And the waiting list is "Garcia (4)"

  Scenario: nobody fits
    Given the waiting list is empty
    When the "Patel" party of 6 joins the list
    And a table for 4 frees up
    Then the seating is refused with "no party fits"
    And the waiting list is "Patel (6)"

  Scenario: joining twice
    Given the waiting list is empty
    When the "Kim" party of 3 joins the list
    And the "Kim" party of 3 joins the list
    Then the request is refused with "already on the list"
    When a table for 6 frees up
    Then the "Kim" party gets the table
    And the waiting list is "empty"

  Scenario: a quiet evening
    Given the waiting list is empty
    When a table for 2 frees up
    Then the seating is refused with "no party fits"
