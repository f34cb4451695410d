Feature: Office World Cup sweepstake
  Each team costs 2.00 and can only be drawn once, and nobody may have more than two teams.
  Whoever drew the team that wins the cup takes the whole pot.

  Scenario: a crowded draw
    Given the sweepstake has just opened
    When Una draws "Canada"
    And Vic draws "Canada"
    Then the organiser says "Canada has already gone to Una"
    When Vic draws "Norway"
    And Una draws "Egypt"
    And Una draws "Qatar"
    Then the organiser says "Una already has two teams"
    And Una has "Canada, Egypt"
    And the pot is 6.00

  Scenario: a first pick wins
    Given the sweepstake has just opened
    When Ola draws "Brazil"
    And Sam draws "Japan"
    And Tia draws "Italy"
    And Ola draws "Chile"
    And Sam draws "Ghana"
    And "Brazil" win the cup
    Then the prize of 10.00 goes to Ola

  Scenario: a small sweepstake
    Given the sweepstake has just opened
    When Wes draws "Spain"
    Then Xan has no teams
    When "Wales" win the cup
    Then the organiser says "nobody drew Wales"
    And the pot is 2.00
