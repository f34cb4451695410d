Feature: Order references
  An order reference is the region code, a dash, and the order number padded with zeros to six digits.

  Scenario Outline: building the reference
    Given order number <number> placed in region <region>
    When the order reference is issued
    Then the reference is "<reference>"

    Examples:
      | number | region | reference |
      | 42     | EU     | EU-000042 |
      | 7      | US     | US-000007 |
      | 123456 | EU     | EU-123456 |
      | 1000   | UK     | UK-001000 |
      | 98765  | US     | US-098765 |
