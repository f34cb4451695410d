Feature: Fire station turnout
  Sending an engine to a call takes 4 crew from the station. The engine and its crew stay out
  until it returns. Firefighters coming on duty join the crew at the station.

  Scenario: two engines out
    Given the station has 3 engines and 10 crew on duty
    When an engine is sent to a call
    And an engine is sent to a call
    Then the engines at the station are 1
    And the crew at the station are 2
    And the calls attended are 2

  Scenario: not enough crew
    Given the station has 2 engines and 6 crew on duty
    When an engine is sent to a call
    And an engine is sent to a call
    Then control hears "only 2 crew at the station"
    And the engines at the station are 1
    When 2 firefighters come on duty
    And an engine is sent to a call
    Then the crew at the station are 0
    And the engines at the station are 0

  Scenario: every engine out
    Given the station has 2 engines and 12 crew on duty
    When an engine is sent to a call
    And an engine is sent to a call
    And an engine is sent to a call
    Then control hears "no engine is free"
    When an engine returns
    Then the engines at the station are 1
    And the crew at the station are 8

  Scenario: nothing to return
    Given the station has 2 engines and 8 crew on duty
    When an engine returns
    Then control hears "every engine is at the station"
    When an engine is sent to a call
    And an engine returns
    Then the calls attended are 1
    And the crew at the station are 8
    When 3 firefighters come on duty
    Then the crew at the station are 11
