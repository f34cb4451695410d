Feature: Climbing wall visit passes

  Scenario: bringing friends along
    Given Tariq has 0 visits left
    When Tariq buys a 5-visit pass
    And Tariq checks in with a guest
    And Tariq checks in with a guest
    Then Tariq has 1 visit left
    When Tariq checks in with a guest
    Then the check-in is refused with "Tariq has only 1 visit left"
    And Tariq has spent 45.00

  Scenario: a regular stocks up
    Given Nell has 5 visits left
    When Nell checks in
    And Nell checks in
    And Nell checks in
    Then Nell has 2 visits left
    When Nell buys a 10-visit pass
    And Nell buys a 10-visit pass
    Then Nell has 22 visits left
    And Nell has spent 170.00

  Scenario: a week of climbing
    Given Omar has 2 visits left
    When Omar checks in
    And Omar checks in
    And Omar checks in
    Then the check-in is refused with "Omar has no visits left"
    When Omar buys a 5-visit pass
    And Omar checks in
    Then Omar has 4 visits left
