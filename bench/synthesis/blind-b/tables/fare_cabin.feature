Feature: Cabin from fare code
  The booking class letter on a ticket tells the crew which cabin the passenger sits in:
  F and A are first class, J and C are business, W is premium economy, and Y, B and M are economy.

  Scenario Outline: reading the booking class
    Given a ticket booked in class <code>
    When the cabin is looked up
    Then the passenger sits in "<cabin>"

    Examples:
      | code | cabin           |
      | F    | first           |
      | J    | business        |
      | W    | premium economy |
      | Y    | economy         |
      | B    | economy         |
