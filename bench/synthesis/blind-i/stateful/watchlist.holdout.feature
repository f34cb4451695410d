Feature: Film watchlist

  Scenario: putting a film back on the list
    Given my watchlist is empty
    When I add "Coco"
    And I add "Heat"
    And I add "Amelie"
    And I remove "Heat"
    And I add "Heat"
    Then my watchlist is "Coco, Amelie, Heat"
    When I mark "Coco" as watched
    Then my watchlist is "Amelie, Heat"
    And I have watched "Coco"

  Scenario: a film already watched
    Given my watchlist is empty
    When I add "Tron"
    And I mark "Tron" as watched
    And I mark "Tron" as watched
    Then the film is refused with "not on your list"
    And I have watched "Tron"
    When I add "Big"
    And I add "Big"
    Then the film is refused with "already on your list"
    And my watchlist is "Big"
