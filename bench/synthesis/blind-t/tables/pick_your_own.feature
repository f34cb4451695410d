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
      | strawberries | 1.0 | 5.00  | 7.00  |
      | strawberries | 1.9 | 9.50  | 11.50 |
      | strawberries | 2.0 | 10.00 | 10.00 |
      | raspberries  | 0.7 | 5.60  | 7.60  |
      | raspberries  | 1.2 | 9.60  | 11.60 |
      | raspberries  | 1.3 | 10.40 | 10.40 |
      | gooseberries | 0.4 | 1.40  | 3.40  |
      | gooseberries | 2.3 | 8.05  | 10.05 |
      | gooseberries | 3.0 | 10.50 | 10.50 |
