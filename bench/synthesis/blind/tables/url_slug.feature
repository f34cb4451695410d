Feature: Blog post addresses
  The web address of a post is its title in lower case, with the words joined by hyphens.

  Scenario Outline: making the address of a post
    Given a post titled "<title>"
    When the post is published
    Then its address ends in "<slug>"

    Examples:
      | title                | slug                 |
      | Hello World          | hello-world          |
      | Spring Sale 2026     | spring-sale-2026     |
      | Recipes              | recipes              |
      | How To Grow Tomatoes | how-to-grow-tomatoes |
      | Meet the Team        | meet-the-team        |
