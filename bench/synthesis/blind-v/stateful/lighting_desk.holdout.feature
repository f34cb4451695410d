Feature: Lighting desk
  The desk steps through the numbered cues of a show, showing the preset before the first cue.
  GO moves to the next cue and BACK to the one before, and any cue can be picked by its number.
  Blackout darkens the stage until it is pressed again; GO and BACK wait until then.

  Scenario: the last cue and a blackout
    Given a show with 10 cues
    When cue 10 is selected
    And GO is pressed
    Then the desk warns "there are no more cues"
    When BACK is pressed
    Then the desk shows "cue 9"
    When blackout is pressed
    And BACK is pressed
    Then the desk warns "release the blackout first"
    When blackout is pressed
    Then the desk shows "cue 9"

  Scenario: a short show with a jump
    Given a show with 4 cues
    When BACK is pressed
    Then the desk warns "the show has not started"
    When GO is pressed
    And cue 3 is selected
    And GO is pressed
    Then the desk shows "cue 4"
    When cue 5 is selected
    Then the desk warns "there is no cue 5"

  Scenario: a blackout check before curtain up
    Given a show with 6 cues
    When blackout is pressed
    Then the desk shows "blackout"
    When blackout is pressed
    Then the desk shows "preset"
    When GO is pressed
    And GO is pressed
    And BACK is pressed
    Then the desk shows "cue 1"
