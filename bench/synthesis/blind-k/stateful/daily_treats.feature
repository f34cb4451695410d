Feature: Dog daycare treats

  Scenario: the first treat of the day
    Given Rex has had 0 treats today
    When a walker gives Rex a treat
    Then Rex has had 1 treat today
    And the board shows "Rex: 2 left"

  Scenario: enough is enough
    Given Bella has had 2 treats today
    When a walker gives Bella a treat
    Then Bella has had 3 treats today
    And the board shows "Bella: none left"
    When a walker gives Bella a treat
    Then the treat is refused with "Bella has had enough today"
    And Bella has had 3 treats today

  Scenario: a new day
    Given Max has had 3 treats today
    When a new day starts
    Then Max has had 0 treats today
    When a walker gives Max a treat
    Then the board shows "Max: 2 left"

  Scenario: every dog counts on its own
    Given Rex has had 3 treats today
    And Luna has had 1 treat today
    When a walker gives Luna a treat
    Then Luna has had 2 treats today
    And the board shows "Luna: 1 left"
    When a walker gives Rex a treat
    Then the treat is refused with "Rex has had enough today"
