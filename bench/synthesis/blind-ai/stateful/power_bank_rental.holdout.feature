Feature: Power bank rental
  Power banks are rented from stations in bars and shops, and can be
  returned to any station that has a free slot. A renter may have one power
  bank at a time. A rental costs 1.50 for every half hour or part of one,
  with 1.50 as the least it can cost, paid when the power bank is returned.

  Scenario: two rentals in an evening
    Given the "Mill Street" station has 4 slots and 3 power banks
    And the "Quay" station has 2 slots and 2 power banks
    When "Ana" takes a power bank from "Quay"
    And 31 minutes pass
    And "Ana" returns the power bank to "Mill Street"
    And "Ana" takes a power bank from "Mill Street"
    And 120 minutes pass
    And "Ana" returns the power bank to "Quay"
    Then the total paid by "Ana" is 9.00
    And the power banks at "Quay" are 2
    And the power banks at "Mill Street" are 3

  Scenario: two renters at once
    Given the "Mill Street" station has 4 slots and 3 power banks
    And the "Quay" station has 2 slots and 2 power banks
    When "Ben" takes a power bank from "Mill Street"
    And "Ben" takes a power bank from "Quay"
    Then the app shows "Ben already has a power bank"
    When "Ana" takes a power bank from "Mill Street"
    And 10 minutes pass
    And "Ben" returns the power bank to "Quay"
    Then the app shows "no free slot at Quay"
    When 50 minutes pass
    And "Ben" returns the power bank to "Mill Street"
    And "Ana" returns the power bank to "Mill Street"
    Then the total paid by "Ben" is 3.00
    And the total paid by "Ana" is 3.00
    And the power banks at "Mill Street" are 3

  Scenario: a station with nothing in it
    Given the "Quay" station has 2 slots and 0 power banks
    When "Ana" takes a power bank from "Quay"
    Then the app shows "no power bank is left at Quay"
    When "Ana" returns the power bank to "Quay"
    Then the app shows "Ana has no power bank"
    And the total paid by "Ana" is 0.00
    And the power banks at "Quay" are 0
