Feature: Book club
  The club has room for 6 members. Nobody can join twice, and only members can leave.

  Background:
    Given the book club has no members

  Scenario: the first members
    When Sam joins
    And Mia joins
    Then the club has 2 members
    And Mia is a member

  Scenario: a full club
    When Sam joins
    And Mia joins
    And Dad joins
    And Ava joins
    And Ben joins
    And Leo joins
    And Zoe joins
    Then the secretary says "the club is full"
    And the club has 6 members
    And Zoe is not a member

  Scenario: a place comes free
    When Sam joins
    And Mia joins
    And Dad joins
    And Ava joins
    And Ben joins
    And Leo joins
    And Ben leaves
    And Zoe joins
    Then the club has 6 members
    And Ben is not a member
    And Zoe is a member

  Scenario: joining twice and leaving without joining
    When Ava joins
    And Ava joins
    Then the secretary says "Ava is already a member"
    And the club has 1 member
    When Leo leaves
    Then the secretary says "Leo never joined"
    And Ava is a member

  Scenario: leaving and coming back
    When Mia joins
    And Mia leaves
    Then the club has 0 members
    And Mia is not a member
    When Mia joins
    Then Mia is a member
