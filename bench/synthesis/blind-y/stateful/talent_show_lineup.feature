Feature: Talent show running order
  Acts go on in the order of the running order. New acts are added at the end, an act can
  be moved up one place at a time, and at most six acts fit in the evening.

  Scenario: adding acts
    Given an empty running order
    When "Tap Dance Duo" is added to the running order
    And "Magic Max" is added to the running order
    And "Year 6 Choir" is added to the running order
    Then act 1 is "Tap Dance Duo"
    And act 3 is "Year 6 Choir"
    And the number of acts is 3

  Scenario: moving an act up
    Given an empty running order
    When "Tap Dance Duo" is added to the running order
    And "Magic Max" is added to the running order
    And "Year 6 Choir" is added to the running order
    And "Year 6 Choir" is moved up one place
    Then act 2 is "Year 6 Choir"
    And act 3 is "Magic Max"
    When "Year 6 Choir" is moved up one place
    Then act 1 is "Year 6 Choir"
    When "Year 6 Choir" is moved up one place
    Then the organiser hears "Year 6 Choir is already on first"

  Scenario: dropping out
    Given an empty running order
    When "Ruby on Recorder" is added to the running order
    And "Lily Sings" is added to the running order
    And "Card Trick Carl" is added to the running order
    And "Lily Sings" drops out
    Then act 2 is "Card Trick Carl"
    And the number of acts is 2
    When "Lily Sings" drops out
    Then the organiser hears "Lily Sings is not on the bill"
    When "Ruby on Recorder" is added to the running order
    Then the organiser hears "Ruby on Recorder is already on the bill"

  Scenario: a full evening
    Given an empty running order
    When "Tap Dance Duo" is added to the running order
    And "Magic Max" is added to the running order
    And "Year 6 Choir" is added to the running order
    And "Ruby on Recorder" is added to the running order
    And "Lily Sings" is added to the running order
    And "Card Trick Carl" is added to the running order
    And "Street Dance Crew" is added to the running order
    Then the organiser hears "the running order is full"
    And the number of acts is 6
    And act 6 is "Card Trick Carl"
