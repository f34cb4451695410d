Feature: Phone battery
  The battery level is a whole percentage from 0 to 100. Each hour of video
  uses 10 percent, or 5 percent while battery saver is on; the level never
  goes below 0. Battery saver switches on by itself when an hour of video
  leaves the level at 20 or below, and switches off by itself when charging
  takes the level above 80. Charging adds 2 percent a minute, up to 100. At 0
  percent the phone switches off, and it cannot be switched on again while
  the battery is empty.

  Scenario: a long flight
    Given the phone is at 100 percent
    When I watch video for 8 hours
    Then the phone is at 20 percent
    And battery saver is on: yes

  Scenario: down low and back up
    Given the phone is at 30 percent
    And battery saver is on: no
    When I watch video for 3 hours
    Then the phone is at 10 percent
    When I charge it for 36 minutes
    Then the phone is at 82 percent
    And battery saver is on: no

  Scenario: flat, a short charge and on again
    Given the phone is at 12 percent
    And battery saver is on: yes
    When I watch video for 3 hours
    Then the phone is on: no
    When I switch the phone on
    Then I am told "the battery is empty"
    When I charge it for 3 minutes
    And I switch the phone on
    Then the phone is on: yes
    And the phone is at 6 percent
