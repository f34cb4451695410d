Feature: Wood lathe
  The lathe only starts with the guard closed and the speed at 1000 rpm or less, and the
  guard cannot be opened while the lathe runs. The speed can be raised or lowered at any
  time between 500 and 3000 rpm; a change that would go past either end is refused.

  Scenario: too fast to start
    Given the lathe is stopped with the guard open and the speed at 2000 rpm
    When the guard is closed
    And the lathe is started
    Then the lathe warns "lower the speed to 1000 rpm first"
    When the speed is lowered by 1200 rpm
    And the lathe is started
    And the speed is raised by 700 rpm
    And the guard is opened
    Then the lathe warns "stop the lathe first"
    And the speed is 1500 rpm

  Scenario: a raise past the top
    Given the lathe is stopped with the guard open and the speed at 900 rpm
    When the lathe is started
    Then the lathe warns "close the guard first"
    When the speed is raised by 2200 rpm
    Then the lathe warns "the lathe goes up to 3000 rpm"
    And the speed is 900 rpm
    And the guard is "open"

  Scenario: down to the lowest speed
    Given the lathe is stopped with the guard open and the speed at 700 rpm
    When the guard is closed
    And the lathe is started
    And the speed is lowered by 300 rpm
    Then the lathe warns "the lathe goes down to 500 rpm"
    When the speed is lowered by 200 rpm
    And the lathe is stopped
    Then the lathe is running: no
    And the speed is 500 rpm
