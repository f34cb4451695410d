Feature: Poker night chips

  Scenario: two bets in the pot
    Given "Ana" has 100 chips
    And "Bo" has 100 chips
    When "Ana" bets 20
    And "Bo" bets 20
    Then the pot holds 40 chips
    And "Ana" has 80 chips

  Scenario: winning the pot
    Given "Ana" has 100 chips
    And "Bo" has 50 chips
    When "Ana" bets 30
    And "Bo" bets 30
    And "Ana" wins the pot
    Then "Ana" has 130 chips
    And "Bo" has 20 chips
    And the pot holds 0 chips

  Scenario: betting more than you have
    Given "Ana" has 100 chips
    And "Bo" has 30 chips
    When "Bo" bets 40
    Then the bet is refused with "Bo has only 30 chips"
    And "Bo" has 30 chips
    And the pot holds 0 chips

  Scenario: all in
    Given "Cy" has 60 chips
    And "Dee" has 60 chips
    When "Cy" bets 60
    Then "Cy" has 0 chips
    When "Dee" bets 60
    And "Dee" wins the pot
    Then "Dee" has 120 chips
    And the pot holds 0 chips

  Scenario: a second bet that is too big
    Given "Ana" has 10 chips
    When "Ana" bets 5
    And "Ana" bets 10
    Then the bet is refused with "Ana has only 5 chips"
    And the pot holds 5 chips
