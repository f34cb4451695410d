Feature: Office umbrellas
  The office keeps numbered umbrellas in a stand by the door. A borrower always gets the
  lowest-numbered umbrella in the stand and may hold only one at a time. A lost umbrella
  is written off. New umbrellas get the numbers after the highest number ever used.

  Scenario: umbrellas come back in any order
    Given the stand holds umbrellas 1 to 4
    When "Lee" borrows an umbrella
    And "Mo" borrows an umbrella
    And "Nia" borrows an umbrella
    And "Mo" returns the umbrella
    And "Lee" returns the umbrella
    And "Oz" borrows an umbrella
    Then "Oz" has umbrella 1
    And the umbrellas in the stand are "2, 4"

  Scenario: a gap left by a lost umbrella
    Given the stand holds umbrellas 1 to 3
    When "Pam" borrows an umbrella
    And "Pam" reports the umbrella lost
    And 4 new umbrellas are bought
    And "Pam" borrows an umbrella
    Then "Pam" has umbrella 2
    And the umbrellas in the stand are "3, 4, 5, 6, 7"

  Scenario: everyone has one
    Given the stand holds umbrellas 1 to 3
    When "Rae" borrows an umbrella
    And "Rae" borrows an umbrella
    Then the receptionist says "Rae already has umbrella 1"
    When "Sid" borrows an umbrella
    And "Tom" borrows an umbrella
    And "Uma" borrows an umbrella
    Then the receptionist says "the stand is empty"
    And the umbrellas in the stand are "none"
