Feature: Sticker album

  Scenario: three of a kind
    Given an album with 6 stickers to collect
    When a pack with stickers "6, 6, 6" is opened
    And sticker 6 is swapped for sticker 2
    And sticker 6 is swapped for sticker 3
    Then 3 stickers are stuck in
    And 3 stickers are still missing
    And the spares are "none"

  Scenario: a bigger album
    Given an album with 12 stickers to collect
    When a pack with stickers "11, 3, 11" is opened
    And a pack with stickers "12, 3, 5" is opened
    Then the spares are "3, 11"
    And 4 stickers are stuck in
    And 8 stickers are still missing
    When sticker 9 is swapped for sticker 1
    Then the swap is refused with "no spare 9"

  Scenario: finishing a small album
    Given an album with 5 stickers to collect
    When a pack with stickers "5, 4, 3" is opened
    And a pack with stickers "2, 1, 1" is opened
    Then 0 stickers are still missing
    And the spares are "1"
