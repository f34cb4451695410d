Feature: Hose reel
  The reel holds 30 m of hose. Hose is pulled out and wound back in whole metres.

  Scenario: out to the end and a little back
    Given 10 m of hose is out
    When 20 m more is pulled out
    Then 30 m of hose is out
    And 0 m is left on the reel
    When 7 m is wound back in
    Then 23 m of hose is out

  Scenario: only a short length out
    Given 2 m of hose is out
    When 4 m is wound back in
    Then the reel will not turn: "only 2 m is out"
    When the hose is wound all the way in
    Then 0 m of hose is out
    When 9 m is wound back in
    Then the reel will not turn: "the hose is already wound in"

  Scenario: the last few metres
    Given 27 m of hose is out
    When 5 m more is pulled out
    Then the reel will not turn: "only 3 m left on the reel"
    When 3 m more is pulled out
    And 2 m more is pulled out
    Then the reel will not turn: "the hose is fully out"
    When the hose is wound all the way in
    Then 30 m is left on the reel
