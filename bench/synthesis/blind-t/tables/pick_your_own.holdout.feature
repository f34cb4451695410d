Feature: Pick your own fruit
  Strawberries are 5.00 a kg, raspberries 8.00 a kg and gooseberries 3.50 a kg, weighed to the
  nearest 0.1 kg. Entry to the fields costs 2.00, and it is let off again when the fruit comes to
  10.00 or more.

  Scenario Outline: paying at the farm gate
    Given a punnet of "<fruit>" weighing <kg> kg
    When the punnet is paid for at the farm gate
    Then the fruit costs <cost>
    And the total to pay is <total>

    Examples:
      | fruit        | kg  | cost  | total |
      | strawberries | 0.6 | 3.00  | 5.00  |
      | strawberries | 3.4 | 17.00 | 17.00 |
      | raspberries  | 0.5 | 4.00  | 6.00  |
      | raspberries  | 2.5 | 20.00 | 20.00 |
      | gooseberries | 2.8 | 9.80  | 11.80 |
      | gooseberries | 2.9 | 10.15 | 10.15 |
