Feature: Ironing service
  Shirts cost 1.80 each, or 1.50 each when 20 or more are handed in together. An order that
  comes to less than 9.00 is charged 9.00, and same-day ironing adds 4.00 on top of that.

  Scenario Outline: pricing a bag of shirts
    Given the number of shirts handed in is <shirts>
    And same-day ironing is wanted: <same_day>
    When the ironing is priced
    Then each shirt costs <each>
    And the bill is <bill>

    Examples:
      | shirts | same_day | each | bill  |
      | 2      | yes      | 1.80 | 13.00 |
      | 7      | no       | 1.80 | 12.60 |
      | 18     | yes      | 1.80 | 36.40 |
      | 21     | no       | 1.50 | 31.50 |
      | 30     | yes      | 1.50 | 49.00 |
      | 40     | no       | 1.50 | 60.00 |
