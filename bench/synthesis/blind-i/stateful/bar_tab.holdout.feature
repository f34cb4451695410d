Feature: Bar tab

  Scenario: one stout too many
    Given a tab is open for "Bo"
    When a "stout" at 5.80 is added to the tab
    And a "stout" at 5.80 is added to the tab
    And a "nuts" at 2.10 is added to the tab
    And a "stout" is taken off the tab
    Then the tab stands at 7.90
    When the tab is paid with 7.00
    Then the payment is refused with "not enough: 7.90 due"
    When the tab is paid with 7.90
    Then the change is 0.00

  Scenario: ordering after paying
    Given a tab is open for "Cy"
    When a "gin" at 8.40 is added to the tab
    And a "crisps" at 1.80 is added to the tab
    And the tab is paid with 50.00
    Then the change is 39.80
    When a "water" at 1.00 is added to the tab
    Then the order is refused with "tab is closed"

  Scenario: a drink that was never ordered
    Given a tab is open for "Dan"
    When a "tonic" at 2.20 is added to the tab
    And a "gin" is taken off the tab
    Then the removal is refused with "no gin on this tab"
    And the tab stands at 2.20
