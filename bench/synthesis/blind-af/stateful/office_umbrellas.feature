Feature: Office umbrellas
  The office keeps numbered umbrellas in a stand by the door. A borrower always gets the
  lowest-numbered umbrella in the stand and may hold only one at a time. A lost umbrella
  is written off. New umbrellas get the numbers after the highest number ever used.

  Scenario: the lowest number first
    Given the stand holds umbrellas 1 to 3
    When "Ana" borrows an umbrella
    And "Ben" borrows an umbrella
    Then "Ben" has umbrella 2
    When "Ana" returns the umbrella
    And "Cy" borrows an umbrella
    Then "Cy" has umbrella 1
    And the umbrellas in the stand are "3"

  Scenario: an empty stand
    Given the stand holds umbrellas 1 to 2
    When "Dee" borrows an umbrella
    And "Eli" borrows an umbrella
    And "Fay" borrows an umbrella
    Then the receptionist says "the stand is empty"
    And the umbrellas in the stand are "none"
    When "Dee" reports the umbrella lost
    And 2 new umbrellas are bought
    And "Fay" borrows an umbrella
    Then "Fay" has umbrella 3
    And the umbrellas in the stand are "4"

  Scenario: one umbrella each
    Given the stand holds umbrellas 1 to 5
    When "Gus" borrows an umbrella
    And "Gus" borrows an umbrella
    Then the receptionist says "Gus already has umbrella 1"
    When "Hal" returns the umbrella
    Then the receptionist says "Hal has no umbrella"
    When 3 new umbrellas are bought
    Then the umbrellas in the stand are "2, 3, 4, 5, 6, 7, 8"

  Scenario: numbers are never used twice
    Given the stand holds umbrellas 1 to 2
    When "Ivy" borrows an umbrella
    And "Jo" borrows an umbrella
    And "Jo" reports the umbrella lost
    And 2 new umbrellas are bought
    Then the umbrellas in the stand are "3, 4"
    When "Jo" borrows an umbrella
    Then "Jo" has umbrella 3
    When "Kai" reports the umbrella lost
    Then the receptionist says "Kai has no umbrella"
