Feature: Talent show running order
  Acts go on in the order of the running order. New acts are added at the end, an act can
  be moved up one place at a time, and at most six acts fit in the evening.

  Scenario: moving up twice
    Given an empty running order
    When "Poetry Corner" is added to the running order
    And "The Great Zucchini" is added to the running order
    And "Street Dance Crew" is added to the running order
    And "Magic Max" is added to the running order
    And "Magic Max" is moved up one place
    And "Magic Max" is moved up one place
    Then act 2 is "Magic Max"
    And act 3 is "The Great Zucchini"
    And act 4 is "Street Dance Crew"
    And the number of acts is 4

  Scenario: a late change to a full evening
    Given an empty running order
    When "Lily Sings" is added to the running order
    And "Card Trick Carl" is added to the running order
    And "Poetry Corner" is added to the running order
    And "Tap Dance Duo" is added to the running order
    And "Year 6 Choir" is added to the running order
    And "Magic Max" is added to the running order
    And "Lily Sings" drops out
    And "Street Dance Crew" is added to the running order
    And "Street Dance Crew" is moved up one place
    Then act 5 is "Street Dance Crew"
    And act 6 is "Magic Max"
    When "The Great Zucchini" is added to the running order
    Then the organiser hears "the running order is full"

  Scenario: a short evening
    Given an empty running order
    When "Ruby on Recorder" is added to the running order
    And "Ruby on Recorder" is moved up one place
    Then the organiser hears "Ruby on Recorder is already on first"
    When "Poetry Corner" is added to the running order
    And "Ruby on Recorder" drops out
    Then act 1 is "Poetry Corner"
    When "Ruby on Recorder" drops out
    Then the organiser hears "Ruby on Recorder is not on the bill"
    When "Poetry Corner" is added to the running order
    Then the organiser hears "Poetry Corner is already on the bill"
    And the number of acts is 1
