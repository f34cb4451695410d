Feature: Hose reel
  The reel holds 30 m of hose. Hose is pulled out and wound back in whole metres.

  Scenario: pulling out in two goes
    Given 0 m of hose is out
    When 12 m more is pulled out
    And 10 m more is pulled out
    Then 22 m of hose is out
    And 8 m is left on the reel

  Scenario: reaching the end of the hose
    Given 25 m of hose is out
    When 8 m more is pulled out
    Then the reel will not turn: "only 5 m left on the reel"
    When 5 m more is pulled out
    Then 30 m of hose is out
    When 3 m more is pulled out
    Then the reel will not turn: "the hose is fully out"

  Scenario: winding back
    Given 18 m of hose is out
    When 6 m is wound back in
    Then 12 m of hose is out
    When 15 m is wound back in
    Then the reel will not turn: "only 12 m is out"
    When the hose is wound all the way in
    Then 0 m of hose is out
    When 2 m is wound back in
    Then the reel will not turn: "the hose is already wound in"

  Scenario: all of it back in
    Given 30 m of hose is out
    When 30 m is wound back in
    Then 0 m of hose is out
    And 30 m is left on the reel
    When 4 m more is pulled out
    Then 26 m is left on the reel
