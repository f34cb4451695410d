Feature: School uniform shop stock

  Scenario: polo shirts run out and come back
    Given the uniform shop has in stock:
      | item       | size | count |
      | polo shirt | 7-8  | 5     |
      | polo shirt | 9-10 | 2     |
    When Ben buys 5 "polo shirt" in size "7-8"
    Then "polo shirt" in size "7-8" shows "sold out"
    When Ben buys 1 "polo shirt" in size "7-8"
    Then the sale is refused with "we have no polo shirt in size 7-8"
    When a delivery of 2 "polo shirt" in size "7-8" arrives
    Then "polo shirt" in size "7-8" shows "2 left"
    And "polo shirt" in size "9-10" shows "2 left"

  Scenario: two families on a busy morning
    Given the uniform shop has in stock:
      | item      | size  | count |
      | jumper    | 9-10  | 1     |
      | PE shorts | 9-10  | 2     |
      | PE shorts | 11-12 | 4     |
    When Cara buys 2 "jumper" in size "9-10"
    Then the sale is refused with "we only have 1 of jumper in size 9-10"
    When Cara buys 1 "PE shorts" in size "9-10"
    Then "PE shorts" in size "9-10" shows "1 left"
    When Dev buys 1 "PE shorts" in size "7-8"
    Then the sale is refused with "we have no PE shorts in size 7-8"
    When Dev buys 3 "PE shorts" in size "11-12"
    Then "PE shorts" in size "11-12" shows "1 left"
    And "jumper" in size "9-10" shows "1 left"
