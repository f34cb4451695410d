Feature: Blog post addresses

  Scenario Outline: making a web address from a title
    Given a blog post titled "<title>"
    When the post is published
    Then its address ends in "<slug>"

    Examples:
      | title                      | slug                      |
      | Ask Me Anything!           | ask-me-anything           |
      | Don't Panic                | dont-panic                |
      | Salt & Pepper Guide        | salt-pepper-guide         |
      | Top 3 Trails: 2027 Edition | top-3-trails-2027-edition |
