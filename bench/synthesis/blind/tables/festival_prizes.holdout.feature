Feature: Festival gate prizes
  Every 3rd visitor through the gate gets a sticker, every 5th gets a badge, and a visitor who is both gets a sticker and a badge.

  Scenario Outline: what a visitor receives
    Given visitor number <visitor> comes through the gate
    When the steward hands out prizes
    Then the visitor receives "<prize>"

    Examples:
      | visitor | prize             |
      | 30      | sticker and badge |
      | 9       | sticker           |
      | 25      | badge             |
      | 44      | nothing           |
      | 45      | sticker and badge |
