Feature: Medal table
  Countries are ranked by gold medals, then silver, then bronze, and countries level on all
  three are listed in alphabetical order. Only countries with a medal are listed, each with
  its golds, silvers and bronzes.

  Scenario: gold counts most
    Given no medals have been won
    When "Norway" wins a "silver" medal
    And "Norway" wins a "silver" medal
    And "Kenya" wins a "gold" medal
    Then the table reads "Kenya 1-0-0, Norway 0-2-0"
    And "Norway" is placed 2

  Scenario: silver breaks a tie
    Given no medals have been won
    When "Chile" wins a "gold" medal
    And "Japan" wins a "gold" medal
    And "Japan" wins a "bronze" medal
    And "Chile" wins a "silver" medal
    Then the table reads "Chile 1-1-0, Japan 1-0-1"
    And "Japan" is placed 2

  Scenario: bronze and then the alphabet
    Given no medals have been won
    When "Peru" wins a "bronze" medal
    And "Fiji" wins a "bronze" medal
    And "Peru" wins a "bronze" medal
    And "Egypt" wins a "bronze" medal
    Then the table reads "Peru 0-0-2, Egypt 0-0-1, Fiji 0-0-1"
    And "Peru" is placed 1

  Scenario: a medal taken away
    Given no medals have been won
    When "Kenya" wins a "gold" medal
    And "Norway" wins a "silver" medal
    And "Kenya" is stripped of a "gold" medal
    Then the table reads "Norway 0-1-0"
    When "Kenya" is stripped of a "gold" medal
    Then the officials say "Kenya has no gold medal to lose"
    When "Norway" is stripped of a "bronze" medal
    Then the officials say "Norway has no bronze medal to lose"
    And "Norway" is placed 1
