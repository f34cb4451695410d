Feature: Sticker album

  Scenario: the first pack
    Given an album with 10 stickers to collect
    When a pack with stickers "1, 2, 3" is opened
    Then 3 stickers are stuck in
    And 7 stickers are still missing
    And the spares are "none"

  Scenario: doubles become spares
    Given an album with 10 stickers to collect
    When a pack with stickers "4, 4, 9" is opened
    And a pack with stickers "9, 1, 4" is opened
    Then 3 stickers are stuck in
    And the spares are "4, 4, 9"

  Scenario: swapping a spare
    Given an album with 10 stickers to collect
    When a pack with stickers "2, 5, 5" is opened
    And sticker 5 is swapped for sticker 7
    Then 3 stickers are stuck in
    And the spares are "none"

  Scenario: no spare to swap
    Given an album with 10 stickers to collect
    When a pack with stickers "3, 6, 8" is opened
    And sticker 6 is swapped for sticker 1
    Then the swap is refused with "no spare 6"
    And 3 stickers are stuck in

  Scenario: a full album
    Given an album with 4 stickers to collect
    When a pack with stickers "1, 2, 2" is opened
    And a pack with stickers "3, 4, 1" is opened
    Then 0 stickers are still missing
    And the spares are "1, 2"
