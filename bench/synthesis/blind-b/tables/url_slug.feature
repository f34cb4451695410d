Feature: Blog post addresses

  Scenario Outline: making a web address from a title
    Given a blog post titled "<title>"
    When the post is published
    Then its address ends in "<slug>"

    Examples:
      | title                | slug                |
      | Hello World          | hello-world         |
      | Ten Tips for Spring  | ten-tips-for-spring |
      | What's New?          | whats-new           |
      | Rock & Roll          | rock-roll           |
      | 5 Easy Recipes       | 5-easy-recipes      |
      | Summer Sale: 50% Off | summer-sale-50-off  |
