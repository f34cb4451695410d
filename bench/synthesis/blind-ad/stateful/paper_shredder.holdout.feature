Feature: Paper shredder
  The shredder takes up to 8 sheets at a time and its bin holds 40 sheets. After 5 batches
  without a rest of at least 15 minutes it overheats, and then it takes nothing more until it
  has rested for 15 minutes.

  Scenario: an office clear-out
    Given the shredder is ready with an empty bin
    When 8 sheets are fed in
    And 8 sheets are fed in
    And 8 sheets are fed in
    And 8 sheets are fed in
    And 8 sheets are fed in
    Then the shredder is "cooling down"
    And the bin holds 40 sheets
    When the shredder rests for 15 minutes
    Then the shredder is "ready"
    When the bin is emptied
    And 6 sheets are fed in
    Then the bin holds 6 sheets

  Scenario: a big pile in parts
    Given the shredder is ready with an empty bin
    When 12 sheets are fed in
    Then the shredder refuses with "it takes at most 8 sheets at a time"
    When 7 sheets are fed in
    And 7 sheets are fed in
    Then the bin holds 14 sheets

  Scenario: the bin fills after a rest
    Given the shredder is ready with an empty bin
    When 8 sheets are fed in
    And 8 sheets are fed in
    And 8 sheets are fed in
    And 8 sheets are fed in
    And the shredder rests for 30 minutes
    And 5 sheets are fed in
    And 5 sheets are fed in
    Then the shredder refuses with "the bin only has room for 3 more sheets"
    And the bin holds 37 sheets
    And the shredder is "ready"
