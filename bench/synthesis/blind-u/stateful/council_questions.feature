Feature: Questions at the public meeting
  People line up at the microphone and the chair calls them to speak one at a time, in the
  order they joined. Once the chair closes the line nobody new may join it, but those already
  in it still get to speak.

  Scenario: called in order
    Given the line is empty
    When Kit joins the line
    And Raj joins the line
    And Lou joins the line
    And the chair calls the next speaker
    Then Kit is speaking
    And the line is "Raj, Lou"
    When the chair calls the next speaker
    Then Raj is speaking
    And the speaker count is 2

  Scenario: leaving the line
    Given the line is "Tia, Max, Ava"
    When Max leaves the line
    Then the line is "Tia, Ava"
    When Ned leaves the line
    Then the chair says "Ned is not in the line"
    When Tia joins the line
    Then the chair says "Tia is already in the line"

  Scenario: the line runs out
    Given the line is "Ben"
    When the chair calls the next speaker
    Then Ben is speaking
    When the chair calls the next speaker
    Then the chair says "nobody is in the line"
    And the speaker count is 1

  Scenario: closing the line
    Given the line is "Kim, Jay"
    When the chair closes the line
    And Ola joins the line
    Then the chair says "the line is closed"
    When the chair calls the next speaker
    Then Kim is speaking
    When the chair calls the next speaker
    Then Jay is speaking
    And the line is empty
    And the speaker count is 2

  Scenario: a second question later
    Given the line is "Pat"
    When the chair calls the next speaker
    And Pat joins the line
    And Kit joins the line
    And the chair calls the next speaker
    Then Pat is speaking
    And the line is "Kit"
    And the speaker count is 2
