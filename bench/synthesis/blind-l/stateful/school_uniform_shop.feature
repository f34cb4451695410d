Feature: School uniform shop stock

  Scenario: buying two jumpers
    Given the uniform shop has in stock:
      | item   | size | count |
      | jumper | 7-8  | 3     |
    When Omar buys 2 "jumper" in size "7-8"
    Then "jumper" in size "7-8" shows "1 left"

  Scenario: the last jumper in a size
    Given the uniform shop has in stock:
      | item   | size | count |
      | jumper | 7-8  | 3     |
      | jumper | 9-10 | 1     |
    When Leila buys 1 "jumper" in size "9-10"
    Then "jumper" in size "9-10" shows "sold out"
    And "jumper" in size "7-8" shows "3 left"
    When Sam buys 1 "jumper" in size "9-10"
    Then the sale is refused with "we have no jumper in size 9-10"

  Scenario: asking for more than the shop has
    Given the uniform shop has in stock:
      | item      | size | count |
      | PE shorts | 9-10 | 2     |
    When Omar buys 3 "PE shorts" in size "9-10"
    Then the sale is refused with "we only have 2 of PE shorts in size 9-10"
    And "PE shorts" in size "9-10" shows "2 left"

  Scenario: a delivery comes in
    Given the uniform shop has in stock:
      | item   | size | count |
      | jumper | 9-10 | 1     |
    When a delivery of 4 "jumper" in size "9-10" arrives
    And Omar buys 1 "jumper" in size "9-10"
    Then "jumper" in size "9-10" shows "4 left"

  Scenario: a size the shop does not carry yet
    Given the uniform shop has in stock:
      | item       | size | count |
      | polo shirt | 7-8  | 5     |
    When Ana buys 1 "polo shirt" in size "11-12"
    Then the sale is refused with "we have no polo shirt in size 11-12"
    When a delivery of 6 "polo shirt" in size "11-12" arrives
    Then "polo shirt" in size "11-12" shows "6 left"
    And "polo shirt" in size "7-8" shows "5 left"
