Feature: Sleepover
  At most 4 friends can stay over.

  Scenario: a swap
    Given nobody is staying over yet
    When Leo is invited
    And Zoe is invited
    And Leo cancels
    And Ben is invited
    Then the guests are "Zoe, Ben"
    And 2 friends are staying over

  Scenario: full again after a cancellation
    Given nobody is staying over yet
    When Sam is invited
    And Mia is invited
    And Ava is invited
    And Ben is invited
    And Mia cancels
    And Leo is invited
    And Zoe is invited
    Then the invitation is refused with "the house is full"
    And the guests are "Sam, Ava, Ben, Leo"

  Scenario: cancelling twice
    Given nobody is staying over yet
    When Ava is invited
    And Ava cancels
    And Ava cancels
    Then the cancellation is refused with "Ava is not coming"
    And 0 friends are staying over
