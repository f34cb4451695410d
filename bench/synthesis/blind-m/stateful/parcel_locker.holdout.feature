Feature: Parcel locker

  Scenario: two parcels one after the other
    Given locker 2 is empty
    When the courier loads locker 2 with code "7777"
    And someone enters "7776" at locker 2
    And someone enters "7777" at locker 2
    Then locker 2 shows "empty"
    When the courier loads locker 2 with code "8888"
    Then locker 2 shows "parcel waiting"
    When someone enters "7777" at locker 2
    Then locker 2 shows "wrong code, 2 tries left"

  Scenario: blocked, unblocked and loaded again
    Given locker 6 is empty
    When the courier loads locker 6 with code "3141"
    And someone enters "0000" at locker 6
    And someone enters "0001" at locker 6
    And someone enters "0002" at locker 6
    Then locker 6 shows "blocked"
    When support unblocks locker 6
    And someone enters "3140" at locker 6
    Then locker 6 shows "wrong code, 2 tries left"
    When someone enters "3141" at locker 6
    Then locker 6 shows "empty"
    When the courier loads locker 6 with code "2718"
    And the courier loads locker 6 with code "1618"
    Then the request is refused with "locker 6 is already in use"
