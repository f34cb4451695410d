Feature: Feed for the hens
  Each hen eats 120 g of layers pellets a day. The feed needed is shown in kg to one decimal
  place, and pellets are bought in whole 20 kg sacks.

  Scenario Outline: ordering pellets for a stretch of days
    Given a flock of <hens> hens
    And the feed has to last <days> days
    When the feed order is worked out
    Then the flock needs <kg> kg of pellets
    And the sack count is <sacks>

    Examples:
      | hens | days | kg   | sacks |
      | 3    | 3    | 1.1  | 1     |
      | 5    | 4    | 2.4  | 1     |
      | 9    | 14   | 15.1 | 1     |
      | 11   | 13   | 17.2 | 1     |
      | 8    | 25   | 24.0 | 2     |
      | 20   | 30   | 72.0 | 4     |
