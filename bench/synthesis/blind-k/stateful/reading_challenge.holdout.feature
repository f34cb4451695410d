Feature: Summer reading challenge
  Children log each book they finish. With 3 books they earn the "bronze" badge, with 6
  "silver" and with 10 "gold"; below 3 the badge is "just started". A child cannot log
  the same title twice: that is refused with "already logged".

  Scenario: silver on the way to gold
    Given Zoe has read 8 books
    When Zoe logs "Stig of the Dump"
    Then Zoe has read 9 books
    And Zoe's badge is "silver"
    When Zoe logs "The BFG"
    Then Zoe's badge is "gold"

  Scenario: a slow start
    Given Ravi joins the challenge
    When Ravi logs "Frindle"
    And Ravi logs "Frindle"
    Then the entry is refused with "already logged"
    And Ravi has read 1 book
    And Ravi's badge is "just started"
    When Ravi logs "Holes"
    And Ravi logs "Matilda"
    Then Ravi has read 3 books
    And Ravi's badge is "bronze"

  Scenario: one short of silver
    Given Ella has read 4 books
    And Finn joins the challenge
    When Ella logs "Wonder"
    And Finn logs "Wonder"
    Then Ella has read 5 books
    And Ella's badge is "bronze"
    And Finn's badge is "just started"
