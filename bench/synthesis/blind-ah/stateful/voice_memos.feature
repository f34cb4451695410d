Feature: Voice memos
  The app records one memo at a time. A recording can be paused and resumed, and its length is the
  time actually recorded. Stopping saves it at the end of the list as "Memo 1", "Memo 2" and so on;
  numbers are not used again after a memo is deleted. Lengths are shown as minutes and seconds.

  Scenario: recording a memo
    Given the app is open with no memos
    When recording starts
    And 40 seconds pass
    And recording stops
    Then the memos are "Memo 1 (0:40)"
    And the app shows "idle"

  Scenario: pausing
    Given the app is open with no memos
    When recording starts
    And 30 seconds pass
    And recording is paused
    And 50 seconds pass
    And recording resumes
    And 45 seconds pass
    And recording stops
    Then the memos are "Memo 1 (1:15)"

  Scenario: deleting a memo
    Given the app is open with no memos
    When recording starts
    And 65 seconds pass
    And recording stops
    And recording starts
    And 20 seconds pass
    And recording stops
    And "Memo 1" is deleted
    Then the memos are "Memo 2 (0:20)"
    When recording starts
    And 10 seconds pass
    And recording stops
    Then the memos are "Memo 2 (0:20), Memo 3 (0:10)"

  Scenario: one at a time
    Given the app is open with no memos
    When recording starts
    And recording starts
    Then the app says "a memo is already being recorded"
    When 125 seconds pass
    And recording is paused
    Then the app shows "paused"
    When recording stops
    Then the memos are "Memo 1 (2:05)"
    When recording resumes
    Then the app says "the recording is not paused"

  Scenario: nothing to stop
    Given the app is open with no memos
    When recording stops
    Then the app says "nothing is being recorded"
    When recording is paused
    Then the app says "nothing is being recorded"
    When "Memo 1" is deleted
    Then the app says "there is no Memo 1"
    And the memos are "none"
    And the app shows "idle"
