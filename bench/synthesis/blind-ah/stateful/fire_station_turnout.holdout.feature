Feature: Fire station turnout
  Sending an engine to a call takes 4 crew from the station. The engine and its crew stay out
  until it returns. Firefighters coming on duty join the crew at the station.

  Scenario: a busy night
    Given the station has 4 engines and 10 crew on duty
    When an engine is sent to a call
    And an engine is sent to a call
    And an engine is sent to a call
    Then control hears "only 2 crew at the station"
    When an engine returns
    And an engine is sent to a call
    Then the engines at the station are 2
    And the crew at the station are 2
    And the calls attended are 3

  Scenario: crew called in
    Given the station has 3 engines and 7 crew on duty
    When an engine is sent to a call
    And an engine is sent to a call
    Then control hears "only 3 crew at the station"
    When 5 firefighters come on duty
    And an engine is sent to a call
    And an engine is sent to a call
    Then the engines at the station are 0
    And the crew at the station are 0
    And the calls attended are 3

  Scenario: out and back
    Given the station has 2 engines and 12 crew on duty
    When an engine returns
    Then control hears "every engine is at the station"
    When an engine is sent to a call
    And an engine is sent to a call
    And an engine is sent to a call
    Then control hears "no engine is free"
    When an engine returns
    And an engine returns
    Then the engines at the station are 2
    And the crew at the station are 12
    And the calls attended are 2
