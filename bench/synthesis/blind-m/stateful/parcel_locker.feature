Feature: Parcel locker

  Scenario: collecting a parcel
    Given locker 4 is empty
    When the courier loads locker 4 with code "1234"
    Then locker 4 shows "parcel waiting"
    When someone enters "1234" at locker 4
    Then locker 4 shows "empty"

  Scenario: a couple of typos
    Given locker 4 is empty
    When the courier loads locker 4 with code "5678"
    And someone enters "5670" at locker 4
    Then locker 4 shows "wrong code, 2 tries left"
    When someone enters "5671" at locker 4
    Then locker 4 shows "wrong code, 1 try left"
    When someone enters "5678" at locker 4
    Then locker 4 shows "empty"
    When the courier loads locker 4 with code "1111"
    And someone enters "2222" at locker 4
    Then locker 4 shows "wrong code, 2 tries left"

  Scenario: three wrong codes block the locker
    Given locker 4 is empty
    When the courier loads locker 4 with code "0042"
    And someone enters "1111" at locker 4
    And someone enters "2222" at locker 4
    And someone enters "3333" at locker 4
    Then locker 4 shows "blocked"
    When someone enters "0042" at locker 4
    Then the request is refused with "locker 4 is blocked"
    When support unblocks locker 4
    Then locker 4 shows "parcel waiting"
    When someone enters "9999" at locker 4
    Then locker 4 shows "wrong code, 2 tries left"

  Scenario: an empty locker and a full one
    Given locker 9 is empty
    When someone enters "1234" at locker 9
    Then the request is refused with "locker 9 is empty"
    When the courier loads locker 9 with code "4321"
    And the courier loads locker 9 with code "1000"
    Then the request is refused with "locker 9 is already in use"
    And locker 9 shows "parcel waiting"
