Feature: Ceiling fan

  Scenario: the first pull
    Given the fan setting is "off"
    When I pull the cord
    Then the fan setting is "low"

  Scenario: two pulls from low
    Given the fan setting is "low"
    When I pull the cord
    And I pull the cord
    Then the fan setting is "high"

  Scenario: pulling at the top
    Given the fan setting is "high"
    When I pull the cord
    Then the fan setting is "off"

  Scenario: the wall switch
    Given the fan setting is "medium"
    When I switch the fan off
    Then the fan setting is "off"
