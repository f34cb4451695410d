Feature: Desk phone extensions
  Each member of staff can have one extension number, and a number belongs to one person at a
  time. When someone moves to a new number their old one becomes free, and when they leave their
  number is freed.

  Scenario: a freed number goes to someone new
    Given no extensions are in use
    When Fay is given extension 401
    And Fay moves to extension 402
    And Gus is given extension 401
    Then extension 401 rings Gus
    And Fay is on extension 402

  Scenario: waiting for a colleague to leave
    Given Hal has extension 120
    And Ivy has extension 121
    When Hal moves to extension 121
    Then the phone system says "extension 121 belongs to Ivy"
    When Ivy leaves
    And Hal moves to extension 121
    Then extension 120 is free
    And extension 121 rings Hal

  Scenario: one number each
    Given Jon has extension 555
    When Kay leaves
    Then the phone system says "Kay has no extension"
    When Jon is given extension 556
    Then the phone system says "Jon already has extension 555"
    And extension 555 rings Jon
