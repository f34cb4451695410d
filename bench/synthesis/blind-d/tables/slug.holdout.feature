Feature: Blog addresses

  Scenario Outline: the web address made from an article title
    Given the article title "<title>"
    When the web address is made
    Then the slug is "<slug>"

    Examples:
      | title                 | slug                 |
      | Good Morning, Friends | good-morning-friends |
      | It's 5 O'Clock        | its-5-oclock         |
      | Rock & Roll - Live!   | rock-roll-live       |
      | Version 2: Re-Loaded  | version-2-re-loaded  |
      | Ready?                | ready                |
