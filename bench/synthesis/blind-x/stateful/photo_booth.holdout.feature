Feature: Photo booth
  A strip of photos costs 5.00. The booth takes 1.00 and 2.00 coins and gives no
  change: any credit left over stays for the next strip.

  Scenario: overpaying then coming back
    Given the credit is 0.00
    When a 2.00 coin is put in
    And a 2.00 coin is put in
    And a 2.00 coin is put in
    And the photos are taken
    And a 2.00 coin is put in
    And the photos are taken
    Then the screen says "insert 2.00 more"
    And the credit is 3.00
    And the strip counter reads 1

  Scenario: a small coin first
    Given the credit is 3.00
    When a 0.20 coin is put in
    Then the screen says "coin not accepted"
    When a 1.00 coin is put in
    And a 1.00 coin is put in
    And the photos are taken
    Then the strip counter reads 1
    And the credit is 0.00

  Scenario: credit for three strips
    Given the credit is 15.00
    When the photos are taken
    And the photos are taken
    And the photos are taken
    Then the strip counter reads 3
    When a 1.00 coin is put in
    And the photos are taken
    Then the screen says "insert 4.00 more"
