Feature: Recycling centre van permits
  Each household gets 12 permits a year for the recycling centre. A visit by "car" needs no
  permit, a visit by "van" uses 1 and a visit by "van with trailer" uses 2. Up to 6 extra
  permits can be bought in a year. When the new year starts the household has 12 permits
  again; permits left over and extra permits bought do not carry over.

  Scenario: a busy spring clear-out
    Given the household has 6 permits left
    When the household visits by "van with trailer"
    And the household visits by "van with trailer"
    And the household visits by "van with trailer"
    And the household visits by "van"
    Then the gate attendant says "no permits left"
    When the household buys 2 extra permits
    And the household visits by "van"
    Then the permits left are 1
    And the visits made this year are 4

  Scenario: all the extra permits at once
    Given the household has 4 permits left
    When the household visits by "van"
    And the household visits by "van"
    And the household visits by "van"
    And the household buys 6 extra permits
    And the household buys 2 extra permits
    Then the gate attendant says "no more than 6 extra permits a year"
    And the permits left are 7

  Scenario: waiting for the new year
    Given the household has 3 permits left
    When the household visits by "van"
    And the household visits by "van"
    And the household visits by "van with trailer"
    Then the gate attendant says "only 1 permit left"
    When the new year starts
    And the household visits by "van with trailer"
    Then the permits left are 10
    And the visits made this year are 1
