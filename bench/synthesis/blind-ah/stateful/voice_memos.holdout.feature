Feature: Voice memos
  The app records one memo at a time. A recording can be paused and resumed, and its length is the
  time actually recorded. Stopping saves it at the end of the list as "Memo 1", "Memo 2" and so on;
  numbers are not used again after a memo is deleted. Lengths are shown as minutes and seconds.

  Scenario: paused twice
    Given the app is open with no memos
    When recording starts
    And 15 seconds pass
    And recording is paused
    And recording resumes
    And 15 seconds pass
    And recording is paused
    And 30 seconds pass
    And recording stops
    Then the memos are "Memo 1 (0:30)"
    And the app shows "idle"

  Scenario: deleting from the middle
    Given the app is open with no memos
    When recording starts
    And 50 seconds pass
    And recording stops
    And recording starts
    And 70 seconds pass
    And recording stops
    And recording starts
    And 5 seconds pass
    And recording stops
    And "Memo 2" is deleted
    Then the memos are "Memo 1 (0:50), Memo 3 (0:05)"
    When "Memo 2" is deleted
    Then the app says "there is no Memo 2"

  Scenario: a long memo
    Given the app is open with no memos
    When recording starts
    And 20 seconds pass
    And recording is paused
    And recording starts
    Then the app says "a memo is already being recorded"
    And the app shows "paused"
    When recording resumes
    And 600 seconds pass
    And recording stops
    Then the memos are "Memo 1 (10:20)"
