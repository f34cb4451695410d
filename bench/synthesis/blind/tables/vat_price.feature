Feature: Shelf prices with VAT
  Shelf prices are the net price plus VAT, rounded to the cent.

  Background:
    Given the VAT rate is 20 percent

  Scenario Outline: the price on the shelf
    Given a net price of <net>
    When VAT is added
    Then the shelf price is <shelf>

    Examples:
      | net   | shelf |
      | 10    | 12    |
      | 100   | 120   |
      | 2.5   | 3     |
      | 19.99 | 23.99 |
      | 7.45  | 8.94  |
      | 0.5   | 0.6   |
