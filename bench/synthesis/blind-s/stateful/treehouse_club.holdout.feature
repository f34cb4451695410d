Feature: Treehouse club
  Children climb up by saying the password. At most 4 fit in the treehouse at once. Only
  someone up in the treehouse may change the password.

  Background:
    Given the treehouse is empty
    And the password is "acorn"

  Scenario: locked out by a friend
    When Ned climbs up saying "acorn"
    And Tia climbs up saying "acorn"
    And Ned climbs down
    And Tia changes the password to "willow"
    And Ned climbs up saying "acorn"
    Then the treehouse answers "wrong password"
    When Ned climbs up saying "willow"
    Then the treehouse holds "Tia, Ned"

  Scenario: an outsider and a full house
    When Max changes the password to "elm"
    Then the treehouse answers "only someone inside can change the password"
    When Max climbs up saying "acorn"
    And Kit climbs up saying "acorn"
    And Raj climbs up saying "acorn"
    And Lou climbs up saying "acorn"
    And Ned climbs up saying "acorn"
    Then the treehouse answers "the treehouse is full"
    And the treehouse holds "Max, Kit, Raj, Lou"

  Scenario: up and down again
    When Raj climbs down
    Then the treehouse answers "Raj is not up there"
    When Raj climbs up saying "acorn"
    And Raj climbs up saying "acorn"
    Then the treehouse answers "Raj is already up"
    When Raj climbs down
    Then the treehouse is empty
