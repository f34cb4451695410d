Feature: Building site sign-in
  At most 5 people may be on site at once. A visitor may only sign in while at least one
  worker is signed in, and the last worker cannot sign out while visitors are still on site.
  The roll call lists everyone on site in the order they signed in.

  Background:
    Given the site opens with nobody signed in

  Scenario: a change of escort
    When Mia signs in as a visitor
    Then the gate says "Mia needs a worker on site"
    When Dad signs in as a worker
    And Mia signs in as a visitor
    And Sam signs in as a visitor
    And Dad signs out
    Then the gate says "Dad cannot leave the visitors alone"
    When Leo signs in as a worker
    And Dad signs out
    Then the roll call reads "Mia, Sam, Leo"

  Scenario: five workers and one too many
    When Ben signs in as a worker
    And Zoe signs in as a worker
    And Ava signs in as a worker
    And Sam signs in as a worker
    And Leo signs in as a worker
    And Mia signs in as a visitor
    Then the gate says "the site is full"
    When Sam signs out
    And Sam signs out
    Then the gate says "Sam is not signed in"
    And the head count is 4

  Scenario: the visitor leaves first
    When Ava signs in as a worker
    And Zoe signs in as a visitor
    And Ava signs in as a worker
    Then the gate says "Ava is already signed in"
    When Zoe signs out
    And Ava signs out
    And Zoe signs in as a visitor
    Then the gate says "Zoe needs a worker on site"
    And the head count is 0
