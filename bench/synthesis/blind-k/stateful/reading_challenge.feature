Feature: Summer reading challenge
  Children log each book they finish. With 3 books they earn the "bronze" badge, with 6
  "silver" and with 10 "gold"; below 3 the badge is "just started". A child cannot log
  the same title twice: that is refused with "already logged".

  Scenario: the first book
    Given Maria joins the challenge
    When Maria logs "The Hobbit"
    Then Maria has read 1 book
    And Maria's badge is "just started"

  Scenario: reaching bronze
    Given Sam has read 2 books
    When Sam logs "Matilda"
    Then Sam has read 3 books
    And Sam's badge is "bronze"

  Scenario: the same book twice
    Given Lily has read 5 books
    When Lily logs "Holes"
    Then Lily's badge is "silver"
    When Lily logs "Holes"
    Then the entry is refused with "already logged"
    And Lily has read 6 books

  Scenario: gold and beyond
    Given Omar has read 9 books
    When Omar logs "Wonder"
    Then Omar has read 10 books
    And Omar's badge is "gold"
    When Omar logs "Coraline"
    Then Omar has read 11 books
    And Omar's badge is "gold"

  Scenario: friends can read the same book
    Given Maria joins the challenge
    And Sam joins the challenge
    When Maria logs "Holes"
    And Sam logs "Holes"
    Then Sam has read 1 book
    And Maria has read 1 book
