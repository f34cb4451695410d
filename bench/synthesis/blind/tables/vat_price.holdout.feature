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
      | 1     | 1.2   |
      | 33.33 | 40    |
      | 250   | 300   |
      | 0.99  | 1.19  |
      | 0     | 0     |
