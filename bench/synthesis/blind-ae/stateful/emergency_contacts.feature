Feature: Emergency contacts
  Staff keep up to 3 emergency contacts, in the order they should be phoned. A new contact
  goes to the end of the list.

  Scenario: adding two contacts
    Given an employee with no emergency contacts
    When "Ama" is added as a contact
    And "Bo" is added as a contact
    Then the contacts are "Ama, Bo"
    And the first to phone is "Ama"

  Scenario: a full list
    Given an employee whose contacts are "Ama, Bo, Cy"
    When "Dee" is added as a contact
    Then the form says "only 3 contacts are allowed"
    When "Bo" is removed from the contacts
    And "Dee" is added as a contact
    Then the contacts are "Ama, Cy, Dee"

  Scenario: the same contact twice
    Given an employee whose contacts are "Ama, Bo"
    When "Bo" is added as a contact
    Then the form says "Bo is already a contact"
    When "Bo" is moved to the top
    Then the first to phone is "Bo"
    And the contacts are "Bo, Ama"

  Scenario: removing somebody who is not there
    Given an employee whose contacts are "Eli, Fox, Gem"
    When "Hal" is removed from the contacts
    Then the form says "Hal is not a contact"
    When "Gem" is moved to the top
    Then the contacts are "Gem, Eli, Fox"

  Scenario: moving somebody who is not there
    Given an employee whose contacts are "Ivo"
    When "Jo" is moved to the top
    Then the form says "Jo is not a contact"
    When "Ivo" is removed from the contacts
    Then there are no contacts
