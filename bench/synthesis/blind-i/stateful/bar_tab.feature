Feature: Bar tab

  Scenario: a drink and a snack
    Given a tab is open for "Ana"
    When a "lager" at 5.50 is added to the tab
    And a "crisps" at 1.80 is added to the tab
    Then the tab stands at 7.30

  Scenario: settling up
    Given a tab is open for "Ana"
    When a "lager" at 5.50 is added to the tab
    And a "lager" at 5.50 is added to the tab
    And the tab is paid with 20.00
    Then the change is 9.00
    When a "cola" at 2.50 is added to the tab
    Then the order is refused with "tab is closed"

  Scenario: paying too little
    Given a tab is open for "Ana"
    When a "wine" at 7.25 is added to the tab
    And the tab is paid with 5.00
    Then the payment is refused with "not enough: 7.25 due"
    And the tab stands at 7.25
    When the tab is paid with 10.00
    Then the change is 2.75

  Scenario: taking a drink off
    Given a tab is open for "Ana"
    When a "lager" at 5.50 is added to the tab
    And a "cider" at 4.90 is added to the tab
    And a "lager" at 5.50 is added to the tab
    And a "lager" is taken off the tab
    Then the tab stands at 10.40

  Scenario: taking off something never ordered
    Given a tab is open for "Ana"
    When a "cola" at 2.50 is added to the tab
    And a "lager" is taken off the tab
    Then the removal is refused with "no lager on this tab"
    When the tab is paid with 2.50
    Then the change is 0.00
