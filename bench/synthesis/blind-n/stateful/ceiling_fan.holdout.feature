Feature: Ceiling fan

  Scenario: round the cycle
    Given the fan setting is "medium"
    When I pull the cord
    And I pull the cord
    And I pull the cord
    Then the fan setting is "low"

  Scenario: switched off, then pulled
    Given the fan setting is "high"
    When I switch the fan off
    And I pull the cord
    Then the fan setting is "low"

  Scenario: one pull from low
    Given the fan setting is "low"
    When I pull the cord
    Then the fan setting is "medium"
