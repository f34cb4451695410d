Feature: Power bank rental
  Power banks are rented from stations in bars and shops, and can be
  returned to any station that has a free slot. A renter may have one power
  bank at a time. A rental costs 1.50 for every half hour or part of one,
  with 1.50 as the least it can cost, paid when the power bank is returned.

  Scenario: renting at one station and returning to another
    Given the "Mill Street" station has 4 slots and 3 power banks
    And the "Quay" station has 3 slots and 2 power banks
    When "Ana" takes a power bank from "Mill Street"
    And 50 minutes pass
    And "Ana" returns the power bank to "Quay"
    Then the power banks at "Quay" are 3
    And the power banks at "Mill Street" are 2
    And the total paid by "Ana" is 3.00

  Scenario: a full station
    Given the "Mill Street" station has 4 slots and 3 power banks
    And the "Quay" station has 2 slots and 2 power banks
    When "Ana" takes a power bank from "Mill Street"
    And 20 minutes pass
    And "Ana" returns the power bank to "Quay"
    Then the app shows "no free slot at Quay"
    And the total paid by "Ana" is 0.00
    When 25 minutes pass
    And "Ana" returns the power bank to "Mill Street"
    Then the total paid by "Ana" is 3.00
    And the power banks at "Mill Street" are 3

  Scenario: an empty station
    Given the "Quay" station has 2 slots and 2 power banks
    When "Ana" takes a power bank from "Quay"
    And "Ben" takes a power bank from "Quay"
    And "Cy" takes a power bank from "Quay"
    Then the app shows "no power bank is left at Quay"
    When 30 minutes pass
    And "Ana" returns the power bank to "Quay"
    And "Cy" takes a power bank from "Quay"
    Then the total paid by "Ana" is 1.50
    And the power banks at "Quay" are 0

  Scenario: one power bank at a time
    Given the "Mill Street" station has 4 slots and 3 power banks
    When "Ana" takes a power bank from "Mill Street"
    And "Ana" takes a power bank from "Mill Street"
    Then the app shows "Ana already has a power bank"
    When "Ben" returns the power bank to "Mill Street"
    Then the app shows "Ben has no power bank"
    And the power banks at "Mill Street" are 2

  Scenario: charges add up
    Given the "Mill Street" station has 4 slots and 3 power banks
    When "Ana" takes a power bank from "Mill Street"
    And "Ana" returns the power bank to "Mill Street"
    And "Ana" takes a power bank from "Mill Street"
    And 95 minutes pass
    And "Ana" returns the power bank to "Mill Street"
    Then the total paid by "Ana" is 7.50
    And the power banks at "Mill Street" are 3
