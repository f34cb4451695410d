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
      | nests | day      | pensioner | price  |
      | 5     | Monday   | no        | 165.00 |
      | 3     | Saturday | no        | 143.75 |
      | 2     | Thursday | yes       | 81.00  |
      | 3     | Sunday   | yes       | 129.38 |
      | 4     | Saturday | no        | 175.00 |
      | 6     | Friday   | yes       | 171.00 |
