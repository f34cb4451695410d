Feature: Party guest list

  Scenario: the first invitations
    Given the guest list is empty
    When "Maria" is invited
    And "Ana" is invited with a plus-one
    Then the list shows "Ana (+1), Maria"
    And the head count is 3 guests

  Scenario: inviting someone twice
    Given the guest list is empty
    When "Tom" is invited
    Then the head count is 1 guest
    When "Tom" is invited
    Then the invitation is refused with "Tom is already invited"

  Scenario: a guest declines
    Given the guest list is empty
    When "Zoe" is invited
    And "Ben" is invited with a plus-one
    And "Kai" is invited
    And "Ben" declines
    Then the list shows "Kai, Zoe"
    And the head count is 2 guests

  Scenario: declining without an invitation
    Given the guest list is empty
    When "Lee" declines
    Then the reply is refused with "Lee is not on the list"
    And the list shows "(nobody yet)"
    And the head count is 0 guests

  Scenario: a plus-one does not make two invitations
    Given the guest list is empty
    When "Sam" is invited with a plus-one
    And "Sam" is invited
    Then the invitation is refused with "Sam is already invited"
    And the list shows "Sam (+1)"
    And the head count is 2 guests
