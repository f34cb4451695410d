Feature: Daily water tracker

  Scenario: three glasses
    Given a daily goal of 2500 ml
    When I drink 500 ml
    And I drink 500 ml
    And I drink 500 ml
    Then I have drunk 1500 ml today
    And I still need 1000 ml

  Scenario: well over the goal
    Given a daily goal of 1000 ml
    When I drink 600 ml
    And I drink 600 ml
    And I drink 200 ml
    Then I have drunk 1400 ml today
    And I still need 0 ml

  Scenario: the last sip of the day
    Given a daily goal of 2000 ml
    And I have already drunk 1900 ml
    When I drink 250 ml
    Then I have drunk 2150 ml today
    And I still need 0 ml
