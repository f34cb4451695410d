Feature: Stamp drawer

  Scenario: two books at once
    Given the drawer holds 3 stamps
    When a book of stamps is bought
    And a book of stamps is bought
    And 9 letters are posted
    And a parcel is posted
    Then the stamp count is 15

  Scenario: a parcel from an empty drawer
    Given the drawer is empty
    When a parcel is posted
    Then the post is refused with "the drawer has no stamps"
    When a book of stamps is bought
    And 5 letters are posted
    And 8 letters are posted
    Then the post is refused with "only 7 stamps left"
    And the stamp count is 7

  Scenario: down to the last stamp and up again
    Given the drawer holds 6 stamps
    When a parcel is posted
    And 2 letters are posted
    Then the stamp count is 1
    When a book of stamps is bought
    And a parcel is posted
    Then the stamp count is 10
