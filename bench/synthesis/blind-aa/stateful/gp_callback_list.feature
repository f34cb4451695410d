Feature: Surgery call back list
  Patients ask the surgery to ring them back and are rung in turn. Someone who misses the
  call goes to the end of the list; after a second missed call they are taken off it.

  Scenario: ringing in turn
    Given the call back list is empty
    When Amy asks for a call back
    And Ben asks for a call back
    And Cal asks for a call back
    And the doctor rings the next patient, who answers
    Then the list reads "Ben, Cal"

  Scenario: a missed call
    Given the call back list is empty
    When Amy asks for a call back
    And Ben asks for a call back
    And the doctor rings the next patient, who does not answer
    Then the list reads "Ben, Amy"
    When the doctor rings the next patient, who answers
    Then the list reads "Amy"

  Scenario: two missed calls
    Given the call back list is empty
    When Amy asks for a call back
    And Ben asks for a call back
    And the doctor rings the next patient, who does not answer
    And the doctor rings the next patient, who answers
    And the doctor rings the next patient, who does not answer
    Then the list is empty

  Scenario: asking twice
    Given the call back list is empty
    When Dev asks for a call back
    And Dev asks for a call back
    Then the receptionist says "Dev is already on the list"
    And the list reads "Dev"

  Scenario: nobody left to ring
    Given the call back list is empty
    When Eve asks for a call back
    And the doctor rings the next patient, who answers
    And the doctor rings the next patient, who answers
    Then the receptionist says "nobody is waiting for a call back"
    And the list is empty
