Feature: Burglar alarm
  The code "2580" sets an unset alarm, which is set once the exit delay ends; the same code
  unsets it, cancels the setting, or silences it when ringing. A door opening while the alarm
  is set makes it ring.

  Scenario: a break-in
    Given the alarm is "unset"
    When the code "2580" is entered
    Then the panel shows "setting"
    When the exit delay ends
    Then the panel shows "set"
    When the back door opens
    Then the panel shows "ringing"
    When the code "2580" is entered
    Then the panel shows "unset"
    And the ring count is 1

  Scenario: wrong buttons
    Given the alarm is "unset"
    When the code "1234" is entered
    Then the panel beeps "wrong code"
    When the exit delay ends
    Then the panel beeps "the alarm is not being set"
    And the panel shows "unset"

  Scenario: leaving through the back door
    Given the alarm is "unset"
    When the code "2580" is entered
    And the back door opens
    And the exit delay ends
    Then the panel shows "set"
    And the ring count is 0

  Scenario: coming home
    Given the alarm is "set"
    When the code "2580" is entered
    And the back door opens
    Then the panel shows "unset"
    And the ring count is 0

  Scenario: a false alarm and a change of mind
    Given the alarm is "set"
    When the back door opens
    And the code "0000" is entered
    Then the panel beeps "wrong code"
    And the panel shows "ringing"
    When the code "2580" is entered
    And the code "2580" is entered
    And the code "2580" is entered
    Then the panel shows "unset"
    And the ring count is 1
