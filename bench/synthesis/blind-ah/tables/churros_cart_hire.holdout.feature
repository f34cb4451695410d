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
      | 25     | Tuesday   | 136.00 |
      | 70     | Saturday  | 177.50 |
      | 73     | Monday    | 155.00 |
      | 120    | Sunday    | 265.00 |
      | 90     | Wednesday | 180.00 |
      | 200    | Friday    | 405.00 |
