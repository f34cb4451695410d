Feature: Minimum wage check
  From April the lowest pay per hour is 12.21 for workers of 21 and over, 10.00
  from 18 to 20 and 7.55 under 18. Someone in the first year of an apprenticeship
  may be paid 7.55 whatever their age. The pay is fine if it is at least the rate.

  Scenario Outline: checking an hourly rate
    Given a worker aged <age>
    And the worker is in the first year of an apprenticeship: <apprentice>
    And an hourly pay of <pay>
    When the pay is checked
    Then the pay is legal: <legal>

    Examples:
      | age | apprentice | pay   | legal |
      | 25  | no         | 12.21 | yes   |
      | 25  | no         | 12.20 | no    |
      | 21  | no         | 12.00 | no    |
      | 20  | no         | 10.00 | yes   |
      | 18  | no         | 9.99  | no    |
      | 17  | no         | 7.55  | yes   |
      | 16  | no         | 7.50  | no    |
      | 30  | yes        | 7.55  | yes   |
      | 19  | yes        | 7.54  | no    |
