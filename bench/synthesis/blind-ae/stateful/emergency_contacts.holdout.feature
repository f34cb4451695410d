Feature: Emergency contacts
  Staff keep up to 3 emergency contacts, in the order they should be phoned. A new contact
  goes to the end of the list.

  Scenario: one too many, then a new order
    Given an employee with no emergency contacts
    When "Kim" is added as a contact
    And "Lou" is added as a contact
    And "Max" is added as a contact
    And "Ned" is added as a contact
    Then the form says "only 3 contacts are allowed"
    When "Max" is moved to the top
    Then the contacts are "Max, Kim, Lou"

  Scenario: removed and added again
    Given an employee whose contacts are "Oto, Pia"
    When "Oto" is removed from the contacts
    And "Oto" is added as a contact
    Then the contacts are "Pia, Oto"
    And the first to phone is "Pia"

  Scenario: two mistakes
    Given an employee whose contacts are "Rae, Sol"
    When "Sol" is added as a contact
    Then the form says "Sol is already a contact"
    When "Uri" is removed from the contacts
    Then the form says "Uri is not a contact"
    And the contacts are "Rae, Sol"
