Feature: Treehouse club
  Children climb up by saying the password. At most 4 fit in the treehouse at once. Only
  someone up in the treehouse may change the password.

  Background:
    Given the treehouse is empty
    And the password is "acorn"

  Scenario: the wrong password
    When Kit climbs up saying "acorn"
    And Raj climbs up saying "acorn"
    And Lou climbs up saying "oak"
    Then the treehouse answers "wrong password"
    And the treehouse holds "Kit, Raj"

  Scenario: no room for a fifth
    When Kit climbs up saying "acorn"
    And Raj climbs up saying "acorn"
    And Lou climbs up saying "acorn"
    And Ned climbs up saying "acorn"
    And Tia climbs up saying "acorn"
    Then the treehouse answers "the treehouse is full"
    When Raj climbs down
    And Tia climbs up saying "acorn"
    Then the treehouse holds "Kit, Lou, Ned, Tia"

  Scenario: a new password
    When Kit climbs up saying "acorn"
    And Kit changes the password to "conker"
    And Raj climbs up saying "acorn"
    Then the treehouse answers "wrong password"
    When Raj climbs up saying "conker"
    Then the treehouse holds "Kit, Raj"

  Scenario: things only the right people can do
    When Lou changes the password to "pine"
    Then the treehouse answers "only someone inside can change the password"
    When Lou climbs down
    Then the treehouse answers "Lou is not up there"
    When Lou climbs up saying "acorn"
    And Lou climbs up saying "acorn"
    Then the treehouse answers "Lou is already up"
    And the treehouse holds "Lou"
    When Lou climbs down
    Then the treehouse is empty
