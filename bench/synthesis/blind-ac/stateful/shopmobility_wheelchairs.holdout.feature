Feature: Shopmobility loans
  The shopping centre lends wheelchairs and scooters to its members for free. A member can
  have one at a time, and the loans are listed in the order they were made.

  Scenario: a busy morning
    Given the store has 4 wheelchairs and 3 scooters
    When "Jo Bell" borrows a wheelchair
    And "Kit Fox" borrows a scooter
    And "Lou Gray" borrows a scooter
    And "Jo Bell" brings it back
    And "Jo Bell" borrows a scooter
    Then the loans are "Kit Fox (scooter), Lou Gray (scooter), Jo Bell (scooter)"
    And the free scooter count is 0
    And the free wheelchair count is 4
    When "Max Cole" borrows a scooter
    Then the desk says "no scooters are left"
    When "Max Cole" borrows a wheelchair
    Then the free wheelchair count is 3

  Scenario: a second loan is turned down
    Given the store has 2 wheelchairs and 2 scooters
    When "Nia Park" borrows a scooter
    And "Nia Park" borrows a wheelchair
    Then the desk says "Nia Park already has a scooter"
    And the loans are "Nia Park (scooter)"
    When "Oli Dunn" borrows a wheelchair
    And "Oli Dunn" borrows a wheelchair
    Then the desk says "Oli Dunn already has a wheelchair"
    And the free wheelchair count is 1

  Scenario: back to an empty list
    Given the store has 2 wheelchairs and 2 scooters
    When "Pat Reid" borrows a wheelchair
    And "Quin Hale" borrows a wheelchair
    And "Pat Reid" brings it back
    And "Quin Hale" brings it back
    Then the loans are "none"
    And the free wheelchair count is 2
    When "Quin Hale" brings it back
    Then the desk says "Quin Hale has nothing to bring back"
