Feature: Leisure centre concessions
  Concession prices are for anyone under 18, anyone aged 65 or over, full-time students
  under 25, and anyone holding a Leisure Access card.

  Scenario Outline: choosing the ticket price
    Given the customer is <age> years old
    And they are a full-time student: <student>
    And they hold a Leisure Access card: <card>
    When the ticket price is chosen
    Then the concession applies: <concession>

    Examples:
      | age | student | card | concession |
      | 17  | no      | no   | yes        |
      | 18  | no      | no   | no         |
      | 64  | no      | no   | no         |
      | 65  | no      | no   | yes        |
      | 24  | yes     | no   | yes        |
      | 25  | yes     | no   | no         |
      | 40  | no      | yes  | yes        |
      | 30  | no      | no   | no         |
      | 50  | yes     | no   | no         |
