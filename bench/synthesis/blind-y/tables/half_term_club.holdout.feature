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
      | 2    | no    | no      | 64.00  |
      | 3    | yes   | no      | 111.00 |
      | 1    | no    | yes     | 28.80  |
      | 5    | yes   | yes     | 148.50 |
      | 4    | no    | yes     | 115.20 |
      | 3    | yes   | yes     | 99.90  |
