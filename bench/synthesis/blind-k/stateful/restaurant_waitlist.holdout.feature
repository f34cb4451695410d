Feature: Restaurant waiting list
  Parties join the waiting list with their size. When a table frees up, it goes to the
  first party on the list that fits at it; a party fits if it is not larger than the
  table. If no party fits, the seating is refused with "no party fits" and the list
  stays as it is. A party already on the list cannot join again: "already on the list".

  Scenario: a busy Friday
    Given the waiting list is empty
    When the "Lopez" party of 5 joins the list
    And the "Nguyen" party of 2 joins the list
    And the "Brown" party of 3 joins the list
    And a table for 4 frees up
    Then the "Nguyen" party gets the table
    And the waiting list is "Lopez (5), Brown (3)"
    When a table for 8 frees up
    Then the "Lopez" party gets the table
    And the waiting list is "Brown (3)"

  Scenario: a table for one
    Given the waiting list is empty
    When the "Singh" party of 2 joins the list
    And the "Okafor" party of 1 joins the list
    And a table for 1 frees up
    Then the "Okafor" party gets the table
    When the "Singh" party of 2 joins the list
    Then the request is refused with "already on the list"
    When a table for 1 frees up
    Then the seating is refused with "no party fits"
    And the waiting list is "Singh (2)"
