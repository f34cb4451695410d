Feature: Photo booth
  A strip of photos costs 5.00. The booth takes 1.00 and 2.00 coins and gives no
  change: any credit left over stays for the next strip.

  Scenario: paying the exact amount
    Given the credit is 0.00
    When a 2.00 coin is put in
    And a 2.00 coin is put in
    And a 1.00 coin is put in
    Then the credit is 5.00
    When the photos are taken
    Then the credit is 0.00
    And the strip counter reads 1

  Scenario: not enough credit
    Given the credit is 0.00
    When a 2.00 coin is put in
    And the photos are taken
    Then the screen says "insert 3.00 more"
    And the credit is 2.00

  Scenario: a coin the booth does not take
    Given the credit is 4.00
    When a 0.50 coin is put in
    Then the screen says "coin not accepted"
    And the credit is 4.00
    When a 2.00 coin is put in
    And the photos are taken
    Then the credit is 1.00

  Scenario: two strips in a row
    Given the credit is 9.00
    When a 1.00 coin is put in
    And the photos are taken
    And the photos are taken
    Then the credit is 0.00
    And the strip counter reads 2
    When the photos are taken
    Then the screen says "insert 5.00 more"
