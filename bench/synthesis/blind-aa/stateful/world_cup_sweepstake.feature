Feature: Office World Cup sweepstake
  Each team costs 2.00 and can only be drawn once, and nobody may have more than two teams.
  Whoever drew the team that wins the cup takes the whole pot.

  Scenario: drawing teams
    Given the sweepstake has just opened
    When Ola draws "Brazil"
    And Sam draws "Japan"
    Then the pot is 4.00
    And Ola has "Brazil"

  Scenario: a team can only be drawn once
    Given the sweepstake has just opened
    When Ola draws "France"
    And Sam draws "France"
    Then the organiser says "France has already gone to Ola"
    And the pot is 2.00
    And Sam has no teams

  Scenario: two teams at most
    Given the sweepstake has just opened
    When Ola draws "Spain"
    And Ola draws "Ghana"
    And Ola draws "Mexico"
    Then the organiser says "Ola already has two teams"
    And Ola has "Spain, Ghana"
    And the pot is 4.00

  Scenario: the winner takes the pot
    Given the sweepstake has just opened
    When Ola draws "Brazil"
    And Sam draws "Japan"
    And Tia draws "Italy"
    And Tia draws "Chile"
    And "Chile" win the cup
    Then the prize of 8.00 goes to Tia

  Scenario: a winner nobody drew
    Given the sweepstake has just opened
    When Ola draws "Brazil"
    And Sam draws "Japan"
    And "Peru" win the cup
    Then the organiser says "nobody drew Peru"
    And the pot is 4.00
