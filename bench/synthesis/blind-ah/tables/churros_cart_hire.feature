Feature: Churros cart hire
  The cart comes for 2 hours for 160.00 and serves up to 60 guests; each guest over 60 adds
  1.75. Bookings from Monday to Thursday get 15% off, and the price is then rounded down to
  the whole pound.

  Scenario Outline: the price for a party
    Given a party of <guests> guests on a "<day>"
    When the cart is priced
    Then the price is <price>

    Examples:
      | guests | day       | price  |
      | 40     | Saturday  | 160.00 |
      | 60     | Friday    | 160.00 |
      | 61     | Sunday    | 161.75 |
      | 80     | Saturday  | 195.00 |
      | 60     | Monday    | 136.00 |
      | 61     | Tuesday   | 137.00 |
      | 100    | Thursday  | 195.00 |
      | 95     | Friday    | 221.25 |
      | 150    | Wednesday | 269.00 |
