Feature: Bank transfer reference
  The bank takes references of up to 18 characters made of capital letters, digits and
  single spaces. We turn what the customer typed into capitals, drop every other character,
  close up any double spaces, and cut it to 18 characters with no space left at the end.

  Scenario Outline: cleaning up a reference
    Given the customer types "<typed>" as the reference
    When the payment is sent
    Then the bank sees "<reference>"

    Examples:
      | typed                       | reference          |
      | rent march                  | RENT MARCH         |
      | Invoice #4471/B             | INVOICE 4471B      |
      | Dad's 60th - party          | DADS 60TH PARTY    |
      | Rent & bills - flat 2       | RENT BILLS FLAT 2  |
      | Car insurance 2026          | CAR INSURANCE 2026 |
      | Window cleaner June         | WINDOW CLEANER JUN |
      | Football fees for Leo       | FOOTBALL FEES FOR  |
      | Half of the gas bill        | HALF OF THE GAS BI |
      | School trip deposit for Amy | SCHOOL TRIP DEPOSI |
