Feature: Order references
  An order reference is the region code, a dash, and the order number padded with zeros to six digits.

  Scenario Outline: building the reference
    Given order number <number> placed in region <region>
    When the order reference is issued
    Then the reference is "<reference>"

    Examples:
      | number | region | reference   |
      | 99     | UK     | UK-000099   |
      | 5050   | APAC   | APAC-005050 |
      | 888888 | US     | US-888888   |
      | 3      | EU     | EU-000003   |
