Feature: Ward visitors
  The ward has beds 1 to 6, and each bed may have at most 2 visitors at a time. A visitor sits
  with one bed only. The bell ends visiting hours: every visitor leaves and nobody else may
  come in.

  Background:
    Given the ward is open with no visitors

  Scenario: a third visitor moves on
    When Ava visits bed 6
    And Ben visits bed 6
    And Leo visits bed 6
    Then the nurse says "bed 6 already has 2 visitors"
    When Leo visits bed 5
    Then the ward count is 3

  Scenario: leaving twice
    When Mia visits bed 2
    And Mia visits bed 4
    Then the nurse says "Mia is already visiting bed 2"
    When Mia leaves
    And Mia leaves
    Then the nurse says "Mia is not visiting"
    When Sam visits bed 8
    Then the nurse says "there is no bed 8"

  Scenario: one visitor left when the bell goes
    When Dad visits bed 1
    And Zoe visits bed 1
    And Dad leaves
    Then the visitors at bed 1 are "Zoe"
    When the bell rings
    And Ava visits bed 3
    Then the nurse says "visiting hours are over"
    And bed 1 has no visitors
