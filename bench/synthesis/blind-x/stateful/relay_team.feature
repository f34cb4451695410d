Feature: Relay team
  A relay team runs four legs, in the order the runners were entered. A team has at
  most four runners.

  Scenario: entering the first runners
    Given an empty team
    When Jo joins the team
    And Kim joins the team
    Then leg 1 is run by Jo
    And leg 2 is run by Kim
    And leg 3 has no runner

  Scenario: a full team
    Given the team is Ann, Ben, Cat and Dev
    When Eli joins the team
    Then the coach says "the team already has four runners"
    When Ben drops out
    And Eli joins the team
    Then leg 2 is run by Cat
    And leg 4 is run by Eli

  Scenario: changing the order
    Given the team is Ann, Ben and Cat
    When Ann and Cat swap legs
    Then leg 1 is run by Cat
    And leg 3 is run by Ann
    When Ben joins the team
    Then the coach says "Ben is already in the team"

  Scenario: dropping out
    Given the team is Ann and Ben
    When Dev drops out
    Then the coach says "Dev is not in the team"
    When Ann drops out
    Then leg 1 is run by Ben
    And leg 2 has no runner
