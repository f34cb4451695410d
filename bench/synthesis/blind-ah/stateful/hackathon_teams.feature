Feature: Hackathon teams
  Anyone can start a team or join one. A team has at most 4 members and each person can be in only
  one team. A team with nobody left in it is dropped. Teams are listed in the order they were
  started, and members in the order they joined.

  Scenario: starting and joining
    Given the hackathon has just opened
    When "Ana" starts the team "Owls"
    And "Ben" joins the team "Owls"
    And "Cal" starts the team "Foxes"
    Then the teams are "Owls, Foxes"
    And the team "Owls" is "Ana, Ben"

  Scenario: a full team
    Given the hackathon has just opened
    When "Ana" starts the team "Owls"
    And "Ben" joins the team "Owls"
    And "Cal" joins the team "Owls"
    And "Dee" joins the team "Owls"
    And "Eve" joins the team "Owls"
    Then the organisers say "Owls already has 4 members"
    When "Eve" starts the team "Bats"
    Then the teams are "Owls, Bats"
    And the team "Bats" is "Eve"

  Scenario: one team each
    Given the hackathon has just opened
    When "Ana" starts the team "Owls"
    And "Ben" starts the team "Foxes"
    And "Ben" joins the team "Owls"
    Then the organisers say "Ben is already in Foxes"
    When "Ana" starts the team "Bats"
    Then the organisers say "Ana is already in Owls"
    And the team "Owls" is "Ana"

  Scenario: leaving
    Given the hackathon has just opened
    When "Ana" starts the team "Owls"
    And "Ben" joins the team "Owls"
    And "Ana" leaves the team
    Then the team "Owls" is "Ben"
    When "Ben" leaves the team
    Then the teams are "none"
    When "Ben" leaves the team
    Then the organisers say "Ben is not in a team"

  Scenario: team names
    Given the hackathon has just opened
    When "Ana" starts the team "Owls"
    And "Ben" starts the team "Owls"
    Then the organisers say "there is already a team called Owls"
    When "Ben" joins the team "Foxes"
    Then the organisers say "there is no team called Foxes"
    And the teams are "Owls"
