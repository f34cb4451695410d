Feature: Browser tabs
  New tabs open at the end. Pinning a tab moves it in front of the unpinned tabs, after any
  tab pinned before it. Reopening brings back the tab closed most recently, at the end and
  unpinned.

  Scenario: opening a tab
    Given the open tabs are "news, mail"
    When "maps" is opened
    Then the tabs read "news, mail, maps"

  Scenario: pinning tabs
    Given the open tabs are "news, mail, maps"
    When "maps" is pinned
    Then the tabs read "maps, news, mail"
    When "mail" is pinned
    Then the tabs read "maps, mail, news"

  Scenario: closing tabs
    Given the open tabs are "news, mail"
    When "news" is closed
    And "weather" is closed
    Then the browser says "no open tab is called weather"
    And the tabs read "mail"

  Scenario: reopening closed tabs
    Given the open tabs are "news, mail, maps"
    When "mail" is closed
    And "news" is closed
    And the last closed tab is reopened
    Then the tabs read "maps, news"
    When the last closed tab is reopened
    Then the tabs read "maps, news, mail"
    When the last closed tab is reopened
    Then the browser says "there are no closed tabs"

  Scenario: a pinned tab closed and reopened
    Given the open tabs are "docs, news"
    When "news" is pinned
    And "news" is pinned
    Then the browser says "news is already pinned"
    When "mail" is opened
    Then the tabs read "news, docs, mail"
    When "news" is closed
    And the last closed tab is reopened
    Then the tabs read "docs, mail, news"
