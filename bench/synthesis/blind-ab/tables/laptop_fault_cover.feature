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
      | 3      | no         | no      | free warranty repair |
      | 8      | no         | yes     | free warranty repair |
      | 23     | no         | no      | free warranty repair |
      | 24     | no         | no      | paid repair          |
      | 24     | no         | yes     | insurance claim      |
      | 10     | yes        | yes     | insurance claim      |
      | 10     | yes        | no      | paid repair          |
      | 40     | no         | yes     | insurance claim      |
      | 30     | yes        | no      | paid repair          |
