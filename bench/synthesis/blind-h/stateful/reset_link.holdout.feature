Feature: Password reset link
  A reset link works for 30 minutes after it is sent; at exactly 30 minutes it
  still works. A link works only once. Sending a new link starts a fresh 30
  minutes.

  Scenario: a minute too late in two steps
    Given the clock shows "12:45"
    When a reset link is sent
    Then the link expires at "13:15"
    When 29 minutes pass
    And 2 minutes pass
    And the link is opened
    Then the link is refused with "link expired"

  Scenario: a new link after the old one ran out
    Given the clock shows "18:00"
    When a reset link is sent
    And 40 minutes pass
    And a reset link is sent
    Then the link expires at "19:10"
    When 30 minutes pass
    And the link is opened
    Then the password can be changed
    When the link is opened
    Then the link is refused with "link already used"
