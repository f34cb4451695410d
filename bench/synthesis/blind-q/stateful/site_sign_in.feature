Feature: Building site sign-in
  At most 5 people may be on site at once. A visitor may only sign in while at least one
  worker is signed in, and the last worker cannot sign out while visitors are still on site.
  The roll call lists everyone on site in the order they signed in.

  Background:
    Given the site opens with nobody signed in

  Scenario: workers and a visitor
    When Sam signs in as a worker
    And Mia signs in as a worker
    And Zoe signs in as a visitor
    Then the head count is 3
    And the roll call reads "Sam, Mia, Zoe"
    When Mia signs out
    Then the roll call reads "Sam, Zoe"

  Scenario: a visitor with nobody to escort them
    When Ava signs in as a visitor
    Then the gate says "Ava needs a worker on site"
    When Ben signs in as a worker
    And Ava signs in as a visitor
    And Ben signs out
    Then the gate says "Ben cannot leave the visitors alone"
    When Ava signs out
    And Ben signs out
    Then the head count is 0

  Scenario: the site fills up
    When Sam signs in as a worker
    And Mia signs in as a worker
    And Leo signs in as a worker
    And Dad signs in as a visitor
    And Zoe signs in as a visitor
    Then the head count is 5
    When Ben signs in as a worker
    Then the gate says "the site is full"
    When Zoe signs out
    And Ben signs in as a worker
    Then the roll call reads "Sam, Mia, Leo, Dad, Ben"

  Scenario: signing in and out twice
    When Leo signs in as a worker
    And Leo signs in as a worker
    Then the gate says "Leo is already signed in"
    When Mia signs out
    Then the gate says "Mia is not signed in"
    When Ava signs in as a worker
    And Dad signs in as a visitor
    And Leo signs out
    Then the head count is 2

  Scenario: a full site of visitors
    When Zoe signs in as a worker
    And Sam signs in as a visitor
    And Mia signs in as a visitor
    And Ava signs in as a visitor
    And Ben signs in as a visitor
    And Dad signs in as a visitor
    Then the gate says "the site is full"
    When Zoe signs out
    Then the gate says "Zoe cannot leave the visitors alone"
    And the head count is 5
