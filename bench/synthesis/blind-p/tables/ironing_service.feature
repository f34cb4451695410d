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
      | 1      | no       | 1.80 | 9.00  |
      | 4      | no       | 1.80 | 9.00  |
      | 5      | no       | 1.80 | 9.00  |
      | 6      | no       | 1.80 | 10.80 |
      | 19     | no       | 1.80 | 34.20 |
      | 20     | no       | 1.50 | 30.00 |
      | 3      | yes      | 1.80 | 13.00 |
      | 12     | yes      | 1.80 | 25.60 |
      | 25     | yes      | 1.50 | 41.50 |
