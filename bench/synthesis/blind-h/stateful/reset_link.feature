Feature: Password reset link
  A reset link works for 30 minutes after it is sent; at exactly 30 minutes it
  still works. A link works only once. Sending a new link starts a fresh 30
  minutes.

  Scenario: opened in time
    Given the clock shows "09:00"
    When a reset link is sent
    And 20 minutes pass
    And the link is opened
    Then the password can be changed

  Scenario: opened too late
    Given the clock shows "14:10"
    When a reset link is sent
    And 31 minutes pass
    And the link is opened
    Then the link is refused with "link expired"

  Scenario: just before midnight
    Given the clock shows "23:50"
    When a reset link is sent
    Then the link expires at "00:20"
    When 30 minutes pass
    And the link is opened
    Then the password can be changed

  Scenario: opened twice
    Given the clock shows "08:00"
    When a reset link is sent
    And 5 minutes pass
    And the link is opened
    Then the password can be changed
    When the link is opened
    Then the link is refused with "link already used"

  Scenario: a second link
    Given the clock shows "10:00"
    When a reset link is sent
    And 25 minutes pass
    And a reset link is sent
    Then the link expires at "10:55"
    When 25 minutes pass
    And the link is opened
    Then the password can be changed
