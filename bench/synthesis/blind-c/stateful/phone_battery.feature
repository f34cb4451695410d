Feature: Phone battery
  The battery level is a whole percentage from 0 to 100. Each hour of video
  uses 10 percent, or 5 percent while battery saver is on; the level never
  goes below 0. Battery saver switches on by itself when an hour of video
  leaves the level at 20 or below, and switches off by itself when charging
  takes the level above 80. Charging adds 2 percent a minute, up to 100. At 0
  percent the phone switches off, and it cannot be switched on again while
  the battery is empty.

  Scenario: watching a film
    Given the phone is at 80 percent
    When I watch video for 3 hours
    Then the phone is at 50 percent
    And battery saver is on: no

  Scenario: battery saver kicks in
    Given the phone is at 40 percent
    When I watch video for 4 hours
    Then the phone is at 10 percent
    And battery saver is on: yes

  Scenario: charging turns battery saver off
    Given the phone is at 10 percent
    And battery saver is on: yes
    When I charge it for 30 minutes
    Then the phone is at 70 percent
    And battery saver is on: yes
    When I charge it for 10 minutes
    Then the phone is at 90 percent
    And battery saver is on: no

  Scenario: charging stops at full
    Given the phone is at 50 percent
    When I charge it for 60 minutes
    Then the phone is at 100 percent

  Scenario: running flat
    Given the phone is at 15 percent
    And battery saver is on: yes
    When I watch video for 4 hours
    Then the phone is at 0 percent
    And the phone is on: no
    When I switch the phone on
    Then I am told "the battery is empty"

  Scenario: back to life
    Given the phone is at 0 percent
    And the phone is on: no
    When I charge it for 5 minutes
    And I switch the phone on
    Then the phone is on: yes
    And the phone is at 10 percent
