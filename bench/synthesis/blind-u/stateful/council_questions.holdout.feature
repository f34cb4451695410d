Feature: Questions at the public meeting
  People line up at the microphone and the chair calls them to speak one at a time, in the
  order they joined. Once the chair closes the line nobody new may join it, but those already
  in it still get to speak.

  Scenario: someone gives up their place
    Given the line is empty
    When Ava joins the line
    And Ben joins the line
    And Ava leaves the line
    And Max joins the line
    And the chair calls the next speaker
    Then Ben is speaking
    And the line is "Max"
    And the speaker count is 1

  Scenario: no second go once the line is closed
    Given the line is "Lou, Ned, Kit"
    When the chair closes the line
    And the chair calls the next speaker
    And Lou joins the line
    Then the chair says "the line is closed"
    And the line is "Ned, Kit"
    And Lou is speaking

  Scenario: the speaker is no longer in the line
    Given the line is "Raj, Tia"
    When the chair calls the next speaker
    And the chair calls the next speaker
    And the chair calls the next speaker
    Then the chair says "nobody is in the line"
    And the speaker count is 2
    When Tia leaves the line
    Then the chair says "Tia is not in the line"
