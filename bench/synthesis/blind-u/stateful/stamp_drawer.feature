Feature: Stamp drawer

  Scenario: buying a book and posting letters
    Given the drawer holds 5 stamps
    When a book of stamps is bought
    Then the stamp count is 17
    When 4 letters are posted
    Then the stamp count is 13

  Scenario: parcels take more stamps
    Given the drawer holds 10 stamps
    When a parcel is posted
    Then the stamp count is 7
    When 2 letters are posted
    Then the stamp count is 5
    When a parcel is posted
    Then the stamp count is 2
    When a parcel is posted
    Then the post is refused with "only 2 stamps left"

  Scenario: an empty drawer
    Given the drawer is empty
    When 3 letters are posted
    Then the post is refused with "the drawer has no stamps"
    When a book of stamps is bought
    Then the stamp count is 12
    When 6 letters are posted
    Then the stamp count is 6

  Scenario: not enough stamps for every letter
    Given the drawer holds 4 stamps
    When 7 letters are posted
    Then the post is refused with "only 4 stamps left"
    And the stamp count is 4
    When 3 letters are posted
    Then the stamp count is 1
