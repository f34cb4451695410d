Feature: Operating list
  A theatre session has a number of minutes to fill. An operation is added
  to the end of the list with the minutes it is expected to take, as long as
  it fits in the minutes still free. An urgent case is added at the front of
  the list, and it must fit too. When the first operation on the list is
  done it leaves the list, and its minutes have been used. A cancelled
  operation gives its minutes back. The same operation is never on the list
  twice.

  Scenario: filling a session
    Given the session has 240 minutes and nothing is booked
    When "hip replacement" is added for 90 minutes
    And "hernia repair" is added for 60 minutes
    And "knee arthroscopy" is added for 45 minutes
    Then the list reads "hip replacement, hernia repair, knee arthroscopy"
    And the minutes free are 45
    When "cataract removal" is added for 50 minutes
    Then the coordinator says "only 45 minutes are free"
    And the minutes free are 45

  Scenario: an urgent case goes first
    Given the session has 180 minutes and nothing is booked
    When "hernia repair" is added for 60 minutes
    And "appendix removal" is added at the front as urgent for 75 minutes
    Then the list reads "appendix removal, hernia repair"
    When the first operation on the list is done
    Then the list reads "hernia repair"
    And the minutes free are 45
    And the operations done are 1

  Scenario: a cancelled operation gives its minutes back
    Given the session has 240 minutes and nothing is booked
    When "hip replacement" is added for 120 minutes
    And "carpal tunnel release" is added for 30 minutes
    And the "hip replacement" is cancelled
    Then the minutes free are 210
    When the "hip replacement" is cancelled
    Then the coordinator says "there is no hip replacement on the list"
    When "appendix removal" is added at the front as urgent for 60 minutes
    Then the list reads "appendix removal, carpal tunnel release"
    And the minutes free are 150

  Scenario: minutes used do not come back
    Given the session has 150 minutes and nothing is booked
    When "knee arthroscopy" is added for 40 minutes
    And the first operation on the list is done
    And "appendix removal" is added at the front as urgent for 120 minutes
    Then the coordinator says "only 110 minutes are free"
    And the list reads "nothing"
    When the first operation on the list is done
    Then the coordinator says "the list is empty"
    And the operations done are 1

  Scenario: the same operation twice
    Given the session has 240 minutes and nothing is booked
    When "hernia repair" is added for 60 minutes
    And "hernia repair" is added for 45 minutes
    Then the coordinator says "hernia repair is already on the list"
    And the minutes free are 180
    And the list reads "hernia repair"
