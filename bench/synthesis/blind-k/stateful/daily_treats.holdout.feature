Feature: Dog daycare treats

  Scenario: a greedy afternoon
    Given Coco has had 1 treat today
    When a walker gives Coco a treat
    And a walker gives Coco a treat
    Then Coco has had 3 treats today
    When a walker gives Coco a treat
    Then the treat is refused with "Coco has had enough today"
    When a new day starts
    And a walker gives Coco a treat
    Then the board shows "Coco: 2 left"

  Scenario: two dogs overnight
    Given Milo has had 0 treats today
    And Daisy has had 2 treats today
    When a walker gives Daisy a treat
    And a walker gives Milo a treat
    Then the board shows "Daisy: none left"
    And the board shows "Milo: 2 left"
    When a new day starts
    Then Daisy has had 0 treats today
    And Milo has had 0 treats today
