Feature: Party guest list

  Scenario: couples first
    Given the guest list is empty
    When "Olga" is invited
    And "Dev" is invited with a plus-one
    And "Amir" is invited with a plus-one
    Then the head count is 5 guests
    And the list shows "Amir (+1), Dev (+1), Olga"

  Scenario: a change of heart
    Given the guest list is empty
    When "Rita" is invited
    And "Rita" declines
    And "Rita" declines
    Then the reply is refused with "Rita is not on the list"
    When "Rita" is invited with a plus-one
    Then the list shows "Rita (+1)"
    And the head count is 2 guests
