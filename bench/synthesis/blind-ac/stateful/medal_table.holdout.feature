Feature: Medal table
  Countries are ranked by gold medals, then silver, then bronze, and countries level on all
  three are listed in alphabetical order. Only countries with a medal are listed, each with
  its golds, silvers and bronzes.

  Scenario: a close finish
    Given no medals have been won
    When "Italy" wins a "silver" medal
    And "Brazil" wins a "silver" medal
    And "Italy" wins a "bronze" medal
    And "Ghana" wins a "bronze" medal
    And "Ghana" wins a "bronze" medal
    Then the table reads "Italy 0-1-1, Brazil 0-1-0, Ghana 0-0-2"
    And "Ghana" is placed 3

  Scenario: stripped back
    Given no medals have been won
    When "Spain" wins a "gold" medal
    And "Spain" wins a "gold" medal
    And "Canada" wins a "gold" medal
    And "Canada" wins a "silver" medal
    And "Spain" is stripped of a "gold" medal
    Then the table reads "Canada 1-1-0, Spain 1-0-0"
    When "Spain" is stripped of a "silver" medal
    Then the officials say "Spain has no silver medal to lose"
    And "Spain" is placed 2

  Scenario: level on everything
    Given no medals have been won
    When "Wales" wins a "gold" medal
    And "Austria" wins a "bronze" medal
    And "Austria" wins a "gold" medal
    And "Wales" wins a "bronze" medal
    Then the table reads "Austria 1-0-1, Wales 1-0-1"
    And "Austria" is placed 1
