Feature: Parking meter

  Scenario: one euro
    Given the meter shows 0 minutes
    When I insert 100 cents
    Then the meter shows 30 minutes
    And the meter has expired: no

  Scenario: several coins
    Given the meter shows 0 minutes
    When I insert 50 cents
    And I insert 200 cents
    Then the meter shows 75 minutes
    And the meter has taken 250 cents

  Scenario: time runs out
    Given the meter shows 40 minutes
    When 25 minutes pass
    Then the meter shows 15 minutes
    And the meter has expired: no
    When 20 minutes pass
    Then the meter shows 0 minutes
    And the meter has expired: yes

  Scenario: filling up to the maximum
    Given the meter shows 60 minutes
    When I insert 200 cents
    Then the meter shows 120 minutes

  Scenario: more than the maximum stay
    Given the meter shows 100 minutes
    When I insert 100 cents
    Then the meter says "maximum stay is 120 minutes"
    And the meter shows 100 minutes
    And the meter has taken 0 cents
