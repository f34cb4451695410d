Feature: Tower crane
  The crane lifts up to 6 tonnes with the trolley up to 20 metres out from the mast and up to 3
  tonnes further out, to the end of the jib at 50 metres. Nothing is hooked on while the wind is
  too strong, and a load is set down before the next one is hooked on.

  Scenario: in and out
    Given the trolley starts 45 metres out
    When a load of 3 tonnes is hooked on
    And the trolley moves to 5 metres
    And the load is set down
    And a load of 6 tonnes is hooked on
    And the trolley moves to 20 metres
    Then the load on the hook is 6 tonnes
    And the trolley is at 20 metres
    And the loads set down are 1

  Scenario: just past the line
    Given the trolley starts 20 metres out
    When the wind gets too strong
    And a load of 1.5 tonnes is hooked on
    Then the crane refuses with "nothing is hooked on in this wind"
    When the wind drops
    And a load of 3.5 tonnes is hooked on
    And the trolley moves to 21 metres
    Then the crane refuses with "at 21 metres the crane lifts at most 3 tonnes"
    When the load is set down
    Then the loads set down are 1
    And the hook is empty

  Scenario: too far and too heavy
    Given the trolley starts 30 metres out
    When the trolley moves to 60 metres
    Then the crane refuses with "the jib ends at 50 metres"
    When a load of 3.5 tonnes is hooked on
    Then the crane refuses with "at 30 metres the crane lifts at most 3 tonnes"
    When the load is set down
    Then the crane refuses with "there is no load on the hook"
    And the hook is empty
    And the trolley is at 30 metres
