Feature: Burglar alarm
  The code "2580" sets an unset alarm, which is set once the exit delay ends; the same code
  unsets it, cancels the setting, or silences it when ringing. A door opening while the alarm
  is set makes it ring.

  Scenario: two break-ins in a night
    Given the alarm is "unset"
    When the code "2580" is entered
    And the exit delay ends
    And the back door opens
    And the code "2580" is entered
    And the code "2580" is entered
    And the exit delay ends
    And the back door opens
    Then the panel shows "ringing"
    And the ring count is 2

  Scenario: fumbling while set
    Given the alarm is "set"
    When the exit delay ends
    Then the panel beeps "the alarm is not being set"
    When the code "9999" is entered
    Then the panel beeps "wrong code"
    When the back door opens
    Then the panel shows "ringing"
    And the ring count is 1

  Scenario: setting cancelled
    Given the alarm is "unset"
    When the code "2580" is entered
    And the code "2580" is entered
    Then the panel shows "unset"
    When the back door opens
    Then the panel shows "unset"
    And the ring count is 0
