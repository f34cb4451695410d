Feature: Hackathon teams
  Anyone can start a team or join one. A team has at most 4 members and each person can be in only
  one team. A team with nobody left in it is dropped. Teams are listed in the order they were
  started, and members in the order they joined.

  Scenario: changing teams
    Given the hackathon has just opened
    When "Ana" starts the team "Foxes"
    And "Ben" starts the team "Owls"
    And "Cal" joins the team "Foxes"
    And "Ana" leaves the team
    And "Ana" joins the team "Owls"
    Then the team "Foxes" is "Cal"
    And the team "Owls" is "Ben, Ana"
    And the teams are "Foxes, Owls"

  Scenario: a place comes free
    Given the hackathon has just opened
    When "Ana" starts the team "Bats"
    And "Ben" joins the team "Bats"
    And "Cal" joins the team "Bats"
    And "Ben" leaves the team
    And "Dee" joins the team "Bats"
    And "Eve" joins the team "Bats"
    And "Fay" joins the team "Bats"
    Then the organisers say "Bats already has 4 members"
    And the team "Bats" is "Ana, Cal, Dee, Eve"

  Scenario: a dropped team can be started again
    Given the hackathon has just opened
    When "Ana" starts the team "Owls"
    And "Ana" leaves the team
    Then the teams are "none"
    When "Cal" joins the team "Owls"
    Then the organisers say "there is no team called Owls"
    When "Cal" starts the team "Owls"
    And "Cal" starts the team "Foxes"
    Then the organisers say "Cal is already in Owls"
    And the teams are "Owls"
    And the team "Owls" is "Cal"
