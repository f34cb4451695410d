Feature: Blog post addresses
  The web address of a post is its title in lower case, with the words joined by hyphens.

  Scenario Outline: making the address of a post
    Given a post titled "<title>"
    When the post is published
    Then its address ends in "<slug>"

    Examples:
      | title       | slug        |
      | Top 10 Tips | top-10-tips |
      | ABOUT US    | about-us    |
      | a b c       | a-b-c       |
      | Gardening   | gardening   |
