Feature: Lighting desk
  The desk steps through the numbered cues of a show, showing the preset before the first cue.
  GO moves to the next cue and BACK to the one before, and any cue can be picked by its number.
  Blackout darkens the stage until it is pressed again; GO and BACK wait until then.

  Scenario: stepping through the first cues
    Given a show with 5 cues
    Then the desk shows "preset"
    When GO is pressed
    Then the desk shows "cue 1"
    When GO is pressed
    And GO is pressed
    Then the desk shows "cue 3"
    When BACK is pressed
    Then the desk shows "cue 2"

  Scenario: both ends of a short show
    Given a show with 3 cues
    When GO is pressed
    And GO is pressed
    And GO is pressed
    Then the desk shows "cue 3"
    When GO is pressed
    Then the desk warns "there are no more cues"
    And the desk shows "cue 3"
    When BACK is pressed
    And BACK is pressed
    And BACK is pressed
    Then the desk shows "preset"
    When BACK is pressed
    Then the desk warns "the show has not started"

  Scenario: jumping to a cue
    Given a show with 20 cues
    When cue 12 is selected
    Then the desk shows "cue 12"
    When GO is pressed
    Then the desk shows "cue 13"
    When cue 21 is selected
    Then the desk warns "there is no cue 21"
    And the desk shows "cue 13"
    When cue 4 is selected
    Then the desk shows "cue 4"
    When BACK is pressed
    Then the desk shows "cue 3"

  Scenario: blackout in the middle of the show
    Given a show with 8 cues
    When cue 6 is selected
    And blackout is pressed
    Then the desk shows "blackout"
    When GO is pressed
    Then the desk warns "release the blackout first"
    When BACK is pressed
    Then the desk warns "release the blackout first"
    When blackout is pressed
    Then the desk shows "cue 6"
    When GO is pressed
    Then the desk shows "cue 7"

  Scenario: blackout before the show
    Given a show with 2 cues
    When blackout is pressed
    Then the desk shows "blackout"
    When blackout is pressed
    Then the desk shows "preset"
    When GO is pressed
    Then the desk shows "cue 1"
