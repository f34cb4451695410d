Feature: Poker night chips

  Scenario: a short stack goes all in
    Given "Eve" has 200 chips
    And "Finn" has 80 chips
    When "Eve" bets 50
    And "Finn" bets 50
    And "Finn" bets 40
    Then the bet is refused with "Finn has only 30 chips"
    When "Finn" bets 30
    And "Eve" wins the pot
    Then "Eve" has 280 chips
    And "Finn" has 0 chips
    And the pot holds 0 chips

  Scenario: three players
    Given "Gia" has 40 chips
    And "Hal" has 90 chips
    And "Ivy" has 25 chips
    When "Gia" bets 10
    And "Hal" bets 10
    And "Ivy" bets 10
    And "Hal" wins the pot
    Then "Hal" has 110 chips
    And "Ivy" has 15 chips
    When "Ivy" bets 20
    Then the bet is refused with "Ivy has only 15 chips"
