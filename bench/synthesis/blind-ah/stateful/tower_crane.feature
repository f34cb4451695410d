Feature: Tower crane
  The crane lifts up to 6 tonnes with the trolley up to 20 metres out from the mast and up to 3
  tonnes further out, to the end of the jib at 50 metres. Nothing is hooked on while the wind is
  too strong, and a load is set down before the next one is hooked on.

  Scenario: near the mast
    Given the trolley starts 10 metres out
    When a load of 7 tonnes is hooked on
    Then the crane refuses with "at 10 metres the crane lifts at most 6 tonnes"
    When a load of 5 tonnes is hooked on
    And the trolley moves to 20 metres
    And the load is set down
    Then the loads set down are 1
    And the hook is empty
    And the trolley is at 20 metres

  Scenario: far out
    Given the trolley starts 35 metres out
    When a load of 4 tonnes is hooked on
    Then the crane refuses with "at 35 metres the crane lifts at most 3 tonnes"
    When a load of 2.5 tonnes is hooked on
    And the trolley moves to 50 metres
    Then the load on the hook is 2.5 tonnes
    When the trolley moves to 55 metres
    Then the crane refuses with "the jib ends at 50 metres"
    And the trolley is at 50 metres

  Scenario: a heavy load stays close in
    Given the trolley starts 15 metres out
    When a load of 6 tonnes is hooked on
    And the trolley moves to 25 metres
    Then the crane refuses with "at 25 metres the crane lifts at most 3 tonnes"
    And the trolley is at 15 metres
    When the load is set down
    And the trolley moves to 25 metres
    Then the trolley is at 25 metres

  Scenario: wind
    Given the trolley starts 12 metres out
    When the wind gets too strong
    And a load of 2 tonnes is hooked on
    Then the crane refuses with "nothing is hooked on in this wind"
    When the wind drops
    And a load of 2 tonnes is hooked on
    And a load of 3 tonnes is hooked on
    Then the crane refuses with "a load is already on the hook"
    And the load on the hook is 2 tonnes

  Scenario: nothing to set down
    Given the trolley starts 40 metres out
    When the load is set down
    Then the crane refuses with "there is no load on the hook"
    When a load of 3 tonnes is hooked on
    And the trolley moves to 8 metres
    And the load is set down
    Then the loads set down are 1
