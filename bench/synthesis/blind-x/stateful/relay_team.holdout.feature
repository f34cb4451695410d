Feature: Relay team
  A relay team runs four legs, in the order the runners were entered. A team has at
  most four runners.

  Scenario: fastest last
    Given an empty team
    When Ann joins the team
    And Ben joins the team
    And Cat joins the team
    And Dev joins the team
    And Ann and Dev swap legs
    Then leg 1 is run by Dev
    And leg 4 is run by Ann
    When Eli joins the team
    Then the coach says "the team already has four runners"

  Scenario: two drop out
    Given the team is Ann, Ben, Cat and Dev
    When Cat drops out
    And Ann drops out
    Then leg 1 is run by Ben
    And leg 2 is run by Dev
    And leg 3 has no runner

  Scenario: a late entry
    Given the team is Ann and Ben
    When Kim and Ann swap legs
    Then the coach says "Kim is not in the team"
    When Jo joins the team
    And Jo joins the team
    Then the coach says "Jo is already in the team"
    When Ben and Jo swap legs
    Then leg 2 is run by Jo
    And leg 3 is run by Ben
