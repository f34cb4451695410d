Feature: Laptop repairs
  Faults on a laptop under 24 months old are repaired free under the warranty. Accidental
  damage, and any fault after that, goes to the repair insurance if the customer has it;
  otherwise it is a paid repair.

  Scenario Outline: how a repair is booked
    Given the laptop is <months> months old
    And the damage was accidental: <accidental>
    And the customer has repair insurance: <insured>
    When the service desk books the repair
    Then it is booked as "<booking>"

    Examples:
      | months | accidental | insured | booking              |
      | 2      | no         | no      | free warranty repair |
      | 15     | no         | yes     | free warranty repair |
      | 2      | yes        | no      | paid repair          |
      | 23     | yes        | yes     | insurance claim      |
      | 60     | no         | no      | paid repair          |
      | 25     | yes        | yes     | insurance claim      |
