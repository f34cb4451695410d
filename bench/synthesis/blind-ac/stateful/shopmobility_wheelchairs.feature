Feature: Shopmobility loans
  The shopping centre lends wheelchairs and scooters to its members for free. A member can
  have one at a time, and the loans are listed in the order they were made.

  Scenario: borrowing and bringing back
    Given the store has 3 wheelchairs and 2 scooters
    When "Ann Patel" borrows a scooter
    And "Bill Evans" borrows a wheelchair
    Then the free scooter count is 1
    And the free wheelchair count is 2
    And the loans are "Ann Patel (scooter), Bill Evans (wheelchair)"
    When "Ann Patel" brings it back
    Then the free scooter count is 2
    And the loans are "Bill Evans (wheelchair)"

  Scenario: one at a time
    Given the store has 3 wheelchairs and 2 scooters
    When "Bill Evans" borrows a wheelchair
    And "Bill Evans" borrows a scooter
    Then the desk says "Bill Evans already has a wheelchair"
    And the free scooter count is 2
    And the free wheelchair count is 2
    When "Bill Evans" brings it back
    And "Bill Evans" borrows a scooter
    And "Bill Evans" borrows a wheelchair
    Then the desk says "Bill Evans already has a scooter"
    And the loans are "Bill Evans (scooter)"

  Scenario: the scooters run out
    Given the store has 2 wheelchairs and 2 scooters
    When "Cara Lee" borrows a scooter
    And "Dev Shah" borrows a scooter
    And "Eve Long" borrows a scooter
    Then the desk says "no scooters are left"
    And the free scooter count is 0
    When "Eve Long" borrows a wheelchair
    And "Cara Lee" brings it back
    Then the free scooter count is 1
    And the loans are "Dev Shah (scooter), Eve Long (wheelchair)"
    When "Eve Long" borrows a scooter
    Then the desk says "Eve Long already has a wheelchair"

  Scenario: the wheelchairs run out
    Given the store has 2 wheelchairs and 3 scooters
    When "Gus Hart" borrows a wheelchair
    And "Hana Ito" borrows a wheelchair
    And "Ivy Moss" borrows a wheelchair
    Then the desk says "no wheelchairs are left"
    And the free wheelchair count is 0
    And the loans are "Gus Hart (wheelchair), Hana Ito (wheelchair)"

  Scenario: nothing to bring back
    Given the store has 3 wheelchairs and 2 scooters
    When "Finn Ward" brings it back
    Then the desk says "Finn Ward has nothing to bring back"
    And the loans are "none"
    When "Finn Ward" borrows a wheelchair
    And "Finn Ward" borrows a wheelchair
    Then the desk says "Finn Ward already has a wheelchair"
    When "Finn Ward" brings it back
    And "Finn Ward" brings it back
    Then the desk says "Finn Ward has nothing to bring back"
    And the free wheelchair count is 3
