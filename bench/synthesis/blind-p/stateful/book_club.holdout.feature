Feature: Book club
  The club has room for 6 members. Nobody can join twice, and only members can leave.

  Background:
    Given the book club has no members

  Scenario: leaving twice
    When Leo joins
    And Zoe joins
    And Leo leaves
    And Leo leaves
    Then the secretary says "Leo never joined"
    And the club has 1 member

  Scenario: waiting for a place
    When Zoe joins
    And Ava joins
    And Sam joins
    And Dad joins
    And Mia joins
    And Ben joins
    And Leo joins
    Then the secretary says "the club is full"
    When Dad leaves
    And Leo joins
    Then Leo is a member
    And the club has 6 members

  Scenario: an eager new member
    When Ben joins
    And Ben joins
    Then the secretary says "Ben is already a member"
    When Ben leaves
    Then Ben is not a member
    And the club has 0 members
