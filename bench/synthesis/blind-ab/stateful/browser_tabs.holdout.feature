Feature: Browser tabs
  New tabs open at the end. Pinning a tab moves it in front of the unpinned tabs, after any
  tab pinned before it. Reopening brings back the tab closed most recently, at the end and
  unpinned.

  Scenario: two pinned and one closed
    Given the open tabs are "mail, news, maps, docs"
    When "docs" is pinned
    And "news" is pinned
    And "mail" is closed
    Then the tabs read "docs, news, maps"
    When the last closed tab is reopened
    Then the tabs read "docs, news, maps, mail"

  Scenario: nothing to reopen
    Given the open tabs are "news"
    When the last closed tab is reopened
    Then the browser says "there are no closed tabs"
    When "maps" is opened
    And "maps" is pinned
    And "maps" is pinned
    Then the browser says "maps is already pinned"
    And the tabs read "maps, news"

  Scenario: closing the wrong tab first
    Given the open tabs are "docs, mail"
    When "news" is closed
    Then the browser says "no open tab is called news"
    When "docs" is closed
    And "photos" is opened
    And the last closed tab is reopened
    Then the tabs read "mail, photos, docs"
