Feature: Film watchlist

  Scenario: adding films
    Given my watchlist is empty
    When I add "Dune"
    And I add "Heat"
    Then my watchlist is "Dune, Heat"

  Scenario: adding a film twice
    Given my watchlist is empty
    When I add "Dune"
    And I add "Dune"
    Then the film is refused with "already on your list"
    And my watchlist is "Dune"

  Scenario: watching one film
    Given my watchlist is empty
    When I add "Alien"
    And I add "Brazil"
    And I add "Casablanca"
    And I mark "Brazil" as watched
    Then my watchlist is "Alien, Casablanca"
    And I have watched "Brazil"

  Scenario: removing a film
    Given my watchlist is empty
    When I add "Up"
    And I remove "Up"
    Then my watchlist is empty
    When I mark "Up" as watched
    Then the film is refused with "not on your list"

  Scenario: watching everything
    Given my watchlist is empty
    When I add "Jaws"
    And I add "Rocky"
    And I mark "Rocky" as watched
    And I mark "Jaws" as watched
    Then my watchlist is empty
    And I have watched "Rocky, Jaws"
