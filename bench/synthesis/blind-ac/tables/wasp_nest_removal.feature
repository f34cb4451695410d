Feature: Wasp nest removal
  The first nest costs 65.00 and each further nest on the same visit 25.00. Weekend
  visits cost a quarter more, and pensioners then get 10% off. Prices are rounded to the
  nearest penny, a half penny going up.

  Scenario Outline: pricing a callout
    Given the number of wasp nests is <nests>
    And the visit is on a "<day>"
    And the customer is a pensioner: <pensioner>
    When the callout is priced
    Then the price is <price>

    Examples:
      | nests | day       | pensioner | price  |
      | 1     | Tuesday   | no        | 65.00  |
      | 2     | Monday    | no        | 90.00  |
      | 3     | Friday    | no        | 115.00 |
      | 1     | Saturday  | no        | 81.25  |
      | 2     | Sunday    | no        | 112.50 |
      | 1     | Wednesday | yes       | 58.50  |
      | 4     | Thursday  | yes       | 126.00 |
      | 1     | Sunday    | yes       | 73.13  |
      | 2     | Saturday  | yes       | 101.25 |
