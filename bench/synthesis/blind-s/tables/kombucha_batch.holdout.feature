Feature: Kombucha first ferment
  The first ferment is counted in whole days from the brewing date to the tasting date. Under
  7 days the brew is still too sweet, from 7 to 12 days it is ready to bottle, and after 12
  days it has turned too sour.

  Scenario Outline: tasting a batch
    Given the batch was brewed on "<brewed>"
    And it was tasted on "<tasted>"
    When the brew is checked
    Then it has fermented for <days> days
    And the verdict is "<verdict>"

    Examples:
      | brewed     | tasted     | days | verdict         |
      | 2026-05-20 | 2026-05-31 | 11   | ready to bottle |
      | 2026-04-25 | 2026-05-08 | 13   | too sour        |
      | 2028-02-27 | 2028-03-04 | 6    | too sweet       |
      | 2026-02-27 | 2026-03-06 | 7    | ready to bottle |
      | 2026-12-30 | 2027-01-07 | 8    | ready to bottle |
      | 2026-08-01 | 2026-09-15 | 45   | too sour        |
