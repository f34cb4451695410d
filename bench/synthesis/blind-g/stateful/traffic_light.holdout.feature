Feature: Traffic light at the school crossing

  Scenario: three changes from red
    Given a traffic light showing "red"
    When the light changes 3 times
    Then the light shows "amber"

  Scenario: broken after a while
    Given a traffic light showing "green"
    When the light changes 6 times
    Then the light shows "red"
    When the light is switched to out of order
    And the light changes 2 times
    Then the light shows "flashing amber"
    When the light is repaired
    And the light changes
    Then the light shows "red and amber"

  Scenario: repaired from amber
    Given a traffic light showing "amber"
    When the light is switched to out of order
    And the light is repaired
    Then the light shows "red"
