Feature: Ward visitors
  The ward has beds 1 to 6, and each bed may have at most 2 visitors at a time. A visitor sits
  with one bed only. The bell ends visiting hours: every visitor leaves and nobody else may
  come in.

  Background:
    Given the ward is open with no visitors

  Scenario: two visitors at a bed
    When Sam visits bed 3
    And Mia visits bed 3
    Then the visitors at bed 3 are "Sam, Mia"
    When Zoe visits bed 3
    Then the nurse says "bed 3 already has 2 visitors"
    When Sam leaves
    And Zoe visits bed 3
    Then the visitors at bed 3 are "Mia, Zoe"

  Scenario: one bed at a time
    When Ben visits bed 1
    And Ben visits bed 5
    Then the nurse says "Ben is already visiting bed 1"
    When Ava leaves
    Then the nurse says "Ava is not visiting"
    When Ava visits bed 5
    Then the ward count is 2

  Scenario: beds that do not exist
    When Leo visits bed 7
    Then the nurse says "there is no bed 7"
    When Leo visits bed 0
    Then the nurse says "there is no bed 0"
    When Leo visits bed 6
    Then the visitors at bed 6 are "Leo"

  Scenario: the bell
    When Dad visits bed 2
    And Sam visits bed 2
    And Mia visits bed 4
    Then the ward count is 3
    When the bell rings
    Then the ward count is 0
    And bed 2 has no visitors
    When Zoe visits bed 4
    Then the nurse says "visiting hours are over"

  Scenario: leaving and coming back
    When Zoe visits bed 1
    And Zoe leaves
    And Zoe visits bed 2
    Then bed 1 has no visitors
    And the visitors at bed 2 are "Zoe"
