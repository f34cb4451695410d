Feature: Half-term club booking
  A day at half-term club costs 32.00, or 140.00 for the whole week of five days. Early
  drop-off from 8am is 5.00 a day on top. If a brother or sister is already booked, the
  whole booking is 10% off.

  Scenario Outline: pricing a booking
    Given the child is booked for <days> of the five days
    And early drop-off is wanted: <early>
    And a brother or sister is already booked: <sibling>
    When the booking is priced
    Then the booking costs <price>

    Examples:
      | days | early | sibling | price  |
      | 1    | no    | no      | 32.00  |
      | 4    | no    | no      | 128.00 |
      | 5    | no    | no      | 140.00 |
      | 5    | yes   | no      | 165.00 |
      | 2    | yes   | no      | 74.00  |
      | 3    | no    | yes     | 86.40  |
      | 5    | no    | yes     | 126.00 |
      | 4    | yes   | yes     | 133.20 |
      | 1    | yes   | yes     | 33.30  |
