Feature: Operating list
  A theatre session has a number of minutes to fill. An operation is added
  to the end of the list with the minutes it is expected to take, as long as
  it fits in the minutes still free. An urgent case is added at the front of
  the list, and it must fit too. When the first operation on the list is
  done it leaves the list, and its minutes have been used. A cancelled
  operation gives its minutes back. The same operation is never on the list
  twice.

  Scenario: an urgent case fills the last minutes
    Given the session has 200 minutes and nothing is booked
    When "tonsil removal" is added for 80 minutes
    And "hernia repair" is added for 70 minutes
    And the first operation on the list is done
    And "appendix removal" is added at the front as urgent for 50 minutes
    Then the list reads "appendix removal, hernia repair"
    And the minutes free are 0
    When "bunion repair" is added for 20 minutes
    Then the coordinator says "only 0 minutes are free"
    And the operations done are 1

  Scenario: cancelling makes room for a long operation
    Given the session has 240 minutes and nothing is booked
    When "cataract removal" is added for 100 minutes
    And "hip replacement" is added for 150 minutes
    Then the coordinator says "only 140 minutes are free"
    When the "cataract removal" is cancelled
    And "hip replacement" is added for 150 minutes
    And the "cataract removal" is cancelled
    Then the coordinator says "there is no cataract removal on the list"
    And the list reads "hip replacement"
    And the minutes free are 90

  Scenario: working through the whole list
    Given the session has 120 minutes and nothing is booked
    When "carpal tunnel release" is added for 30 minutes
    And "knee arthroscopy" is added for 40 minutes
    And "carpal tunnel release" is added for 30 minutes
    Then the coordinator says "carpal tunnel release is already on the list"
    When the first operation on the list is done
    And the first operation on the list is done
    And the first operation on the list is done
    Then the coordinator says "the list is empty"
    And the operations done are 2
    And the minutes free are 50
