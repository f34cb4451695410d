Feature: Desk phone extensions
  Each member of staff can have one extension number, and a number belongs to one person at a
  time. When someone moves to a new number their old one becomes free, and when they leave their
  number is freed.

  Scenario: handing out numbers
    Given no extensions are in use
    When Amir is given extension 214
    And Beth is given extension 215
    Then extension 214 rings Amir
    And Beth is on extension 215

  Scenario: moving desks
    Given Amir has extension 214
    When Amir moves to extension 230
    Then extension 214 is free
    And extension 230 rings Amir

  Scenario: numbers already taken
    Given Amir has extension 214
    And Beth has extension 215
    When Carl is given extension 214
    Then the phone system says "extension 214 belongs to Amir"
    When Beth moves to extension 214
    Then the phone system says "extension 214 belongs to Amir"
    When Beth is given extension 230
    Then the phone system says "Beth already has extension 215"

  Scenario: a leaver's number is reused
    Given Amir has extension 214
    When Amir moves to extension 216
    And Amir leaves
    Then extension 216 is free
    When Dana is given extension 214
    Then extension 214 rings Dana

  Scenario: someone without a number
    Given Amir has extension 214
    When Eve moves to extension 300
    Then the phone system says "Eve has no extension"
    When Eve leaves
    Then the phone system says "Eve has no extension"
    And extension 214 rings Amir
