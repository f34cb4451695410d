Feature: Gamebird season
  Game birds may only be sold in their open season, with the first and the
  last day included: grouse from 12 August to 10 December, partridge from
  1 September to 1 February, and pheasant from 1 October to 1 February.

  Scenario Outline: selling game birds
    Given a "<bird>" offered for sale on "<date>"
    When the season is checked
    Then it may be sold: <open>

    Examples:
      | bird      | date       | open |
      | pheasant  | 2026-10-01 | yes  |
      | grouse    | 2027-01-05 | no   |
      | partridge | 2026-08-31 | no   |
      | pheasant  | 2027-02-01 | yes  |
      | grouse    | 2026-10-20 | yes  |
      | partridge | 2028-02-29 | no   |
