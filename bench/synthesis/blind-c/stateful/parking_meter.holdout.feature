Feature: Parking meter

  Scenario: small change for a short stay
    Given the meter shows 0 minutes
    When I insert 50 cents
    And I insert 50 cents
    And I insert 100 cents
    Then the meter shows 60 minutes
    When 45 minutes pass
    Then the meter shows 15 minutes
    And the meter has expired: no
    And the meter has taken 200 cents

  Scenario: running out exactly
    Given the meter shows 10 minutes
    When 10 minutes pass
    Then the meter shows 0 minutes
    And the meter has expired: yes

  Scenario: topping up to the limit and one coin too many
    Given the meter shows 75 minutes
    When I insert 50 cents
    And I insert 100 cents
    And I insert 50 cents
    Then the meter says "maximum stay is 120 minutes"
    And the meter shows 120 minutes
    And the meter has taken 150 cents
