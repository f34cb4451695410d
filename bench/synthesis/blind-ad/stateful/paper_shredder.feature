Feature: Paper shredder
  The shredder takes up to 8 sheets at a time and its bin holds 40 sheets. After 5 batches
  without a rest of at least 15 minutes it overheats, and then it takes nothing more until it
  has rested for 15 minutes.

  Scenario: shredding a few letters
    Given the shredder is ready with an empty bin
    When 6 sheets are fed in
    And 8 sheets are fed in
    Then the bin holds 14 sheets
    And the shredder is "ready"

  Scenario: too thick a pile
    Given the shredder is ready with an empty bin
    When 10 sheets are fed in
    Then the shredder refuses with "it takes at most 8 sheets at a time"
    And the bin holds 0 sheets
    When 5 sheets are fed in
    Then the bin holds 5 sheets

  Scenario: a full bin
    Given the shredder is ready with an empty bin
    When 8 sheets are fed in
    And 8 sheets are fed in
    And 8 sheets are fed in
    And 8 sheets are fed in
    And the shredder rests for 20 minutes
    And 6 sheets are fed in
    And 4 sheets are fed in
    Then the shredder refuses with "the bin only has room for 2 more sheets"
    And the bin holds 38 sheets
    When the bin is emptied
    And 4 sheets are fed in
    Then the bin holds 4 sheets

  Scenario: overheating
    Given the shredder is ready with an empty bin
    When 5 sheets are fed in
    And 5 sheets are fed in
    And 5 sheets are fed in
    And 5 sheets are fed in
    Then the shredder is "ready"
    When 5 sheets are fed in
    Then the shredder is "cooling down"
    When 5 sheets are fed in
    Then the shredder refuses with "it is cooling down"
    And the bin holds 25 sheets
    When the shredder rests for 10 minutes
    Then the shredder is "cooling down"
    When the shredder rests for 5 minutes
    Then the shredder is "ready"
    When 5 sheets are fed in
    Then the bin holds 30 sheets
