Feature: Wood lathe
  The lathe only starts with the guard closed and the speed at 1000 rpm or less, and the
  guard cannot be opened while the lathe runs. The speed can be raised or lowered at any
  time between 500 and 3000 rpm; a change that would go past either end is refused.

  Scenario: the guard comes first
    Given the lathe is stopped with the guard open and the speed at 800 rpm
    When the lathe is started
    Then the lathe warns "close the guard first"
    When the guard is closed
    And the lathe is started
    Then the lathe is running: yes
    When the speed is raised by 1200 rpm
    Then the speed is 2000 rpm
    When the guard is opened
    Then the lathe warns "stop the lathe first"

  Scenario: starting slowly
    Given the lathe is stopped with the guard open and the speed at 1500 rpm
    When the guard is closed
    And the lathe is started
    Then the lathe warns "lower the speed to 1000 rpm first"
    When the speed is lowered by 500 rpm
    And the lathe is started
    Then the lathe is running: yes
    When the speed is raised by 2500 rpm
    Then the lathe warns "the lathe goes up to 3000 rpm"
    And the speed is 1000 rpm

  Scenario: the lowest speed
    Given the lathe is stopped with the guard open and the speed at 600 rpm
    When the speed is lowered by 200 rpm
    Then the lathe warns "the lathe goes down to 500 rpm"
    When the speed is lowered by 100 rpm
    And the guard is closed
    And the lathe is started
    And the lathe is stopped
    And the guard is opened
    Then the lathe is running: no
    And the guard is "open"
    And the speed is 500 rpm

  Scenario: full speed and back
    Given the lathe is stopped with the guard open and the speed at 1000 rpm
    When the guard is closed
    And the lathe is started
    And the speed is raised by 2000 rpm
    Then the speed is 3000 rpm
    When the lathe is stopped
    And the lathe is started
    Then the lathe warns "lower the speed to 1000 rpm first"
    When the speed is lowered by 2000 rpm
    And the lathe is started
    Then the lathe is running: yes
