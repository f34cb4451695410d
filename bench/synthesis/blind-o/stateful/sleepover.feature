Feature: Sleepover
  At most 4 friends can stay over.

  Scenario: inviting friends
    Given nobody is staying over yet
    When Sam is invited
    And Mia is invited
    Then 2 friends are staying over
    And the guests are "Sam, Mia"

  Scenario: a full house
    Given nobody is staying over yet
    When Sam is invited
    And Mia is invited
    And Ava is invited
    And Ben is invited
    And Leo is invited
    Then the invitation is refused with "the house is full"
    And 4 friends are staying over

  Scenario: a cancellation frees a place
    Given nobody is staying over yet
    When Ava is invited
    And Ben is invited
    And Zoe is invited
    And Leo is invited
    And Ben cancels
    And Sam is invited
    Then the guests are "Ava, Zoe, Leo, Sam"
    And 4 friends are staying over

  Scenario: invited twice, and cancelling without an invitation
    Given nobody is staying over yet
    When Zoe is invited
    And Zoe is invited
    Then the invitation is refused with "Zoe is already coming"
    When Mia cancels
    Then the cancellation is refused with "Mia is not coming"
    And 1 friend is staying over
