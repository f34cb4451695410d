Feature: Traffic light at the school crossing

  Scenario: green turns amber
    Given a traffic light showing "green"
    When the light changes
    Then the light shows "amber"

  Scenario: the rest of the cycle
    Given a traffic light showing "amber"
    When the light changes
    Then the light shows "red"
    When the light changes
    Then the light shows "red and amber"
    When the light changes
    Then the light shows "green"

  Scenario: a full cycle
    Given a traffic light showing "green"
    When the light changes 4 times
    Then the light shows "green"

  Scenario: out of order
    Given a traffic light showing "green"
    When the light is switched to out of order
    Then the light shows "flashing amber"
    When the light changes
    Then the light shows "flashing amber"
    When the light is repaired
    Then the light shows "red"

  Scenario: two changes
    Given a traffic light showing "red and amber"
    When the light changes 2 times
    Then the light shows "amber"
