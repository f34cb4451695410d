Feature: Daily water tracker

  Scenario: a couple of drinks
    Given a daily goal of 2000 ml
    When I drink 250 ml
    And I drink 500 ml
    Then I have drunk 750 ml today
    And I still need 1250 ml

  Scenario: one glass
    Given a daily goal of 1800 ml
    When I drink 330 ml
    Then I still need 1470 ml

  Scenario: going past the goal
    Given a daily goal of 1500 ml
    When I drink 1000 ml
    And I drink 700 ml
    Then I have drunk 1700 ml today
    And I still need 0 ml

  Scenario: carrying on from earlier
    Given a daily goal of 2000 ml
    And I have already drunk 1200 ml
    When I drink 300 ml
    Then I have drunk 1500 ml today
    And I still need 500 ml
