Feature: Recycling centre van permits
  Each household gets 12 permits a year for the recycling centre. A visit by "car" needs no
  permit, a visit by "van" uses 1 and a visit by "van with trailer" uses 2. Up to 6 extra
  permits can be bought in a year. When the new year starts the household has 12 permits
  again; permits left over and extra permits bought do not carry over.

  Scenario: permits used by different vehicles
    Given the household has 12 permits left
    When the household visits by "van"
    And the household visits by "van with trailer"
    And the household visits by "car"
    Then the permits left are 9
    And the visits made this year are 3

  Scenario: no permits left
    Given the household has 2 permits left
    When the household visits by "van with trailer"
    And the household visits by "van"
    Then the gate attendant says "no permits left"
    When the household visits by "car"
    Then the visits made this year are 2
    And the permits left are 0

  Scenario: one permit is not enough for a trailer
    Given the household has 3 permits left
    When the household visits by "van"
    And the household visits by "van"
    And the household visits by "van with trailer"
    Then the gate attendant says "only 1 permit left"
    When the household buys 4 extra permits
    And the household visits by "van with trailer"
    Then the permits left are 3

  Scenario: extra permits and the new year
    Given the household has 5 permits left
    When the household buys 4 extra permits
    And the household buys 3 extra permits
    Then the gate attendant says "no more than 6 extra permits a year"
    When the household buys 2 extra permits
    And the household visits by "car"
    Then the permits left are 11
    When the new year starts
    Then the permits left are 12
    And the visits made this year are 0
    When the household buys 6 extra permits
    Then the permits left are 18
