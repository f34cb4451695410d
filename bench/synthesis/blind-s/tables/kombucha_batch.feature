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
      | 2026-06-10 | 2026-06-12 | 2    | too sweet       |
      | 2026-03-01 | 2026-03-07 | 6    | too sweet       |
      | 2026-03-01 | 2026-03-08 | 7    | ready to bottle |
      | 2026-03-01 | 2026-03-13 | 12   | ready to bottle |
      | 2026-03-01 | 2026-03-14 | 13   | too sour        |
      | 2026-01-28 | 2026-02-06 | 9    | ready to bottle |
      | 2028-02-25 | 2028-03-03 | 7    | ready to bottle |
      | 2027-02-25 | 2027-03-03 | 6    | too sweet       |
      | 2026-12-27 | 2027-01-09 | 13   | too sour        |
